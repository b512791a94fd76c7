// expect: [ 1, 2 ] [ 2 ] [ 3 ] [ 'd', 3 ]
function f(x) { const r = []; switch (x) { case 1: r.push(1); case 2: r.push(2); break; default: r.push("d"); case 3: r.push(3); } return r; }
console.log(f(1), f(2), f(3), f(9));
