// expect: n:0:undefined:0 m:3:1:2
function f({ name, age = 0 }, [first, ...others] = []) { return `${name}:${age}:${first}:${others.length}`; }
console.log(f({ name: "n" }), f({ name: "m", age: 3 }, [1, 2, 3]));
