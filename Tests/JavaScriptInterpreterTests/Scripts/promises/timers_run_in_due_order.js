setTimeout(() => console.log("100"), 100);
setTimeout(() => console.log("0"));
const id = setTimeout(() => console.log("never"), 50);
clearTimeout(id);
setTimeout((a, b) => console.log("args", a, b), 10, "x", "y");
let n = 0;
const tick = setInterval(() => { n += 1; console.log("tick", n); if (n === 3) clearInterval(tick); }, 30);
Promise.resolve().then(() => console.log("microtask first"));
// expect: microtask first
// expect: 0
// expect: args x y
// expect: tick 1
// expect: tick 2
// expect: tick 3
// expect: 100
