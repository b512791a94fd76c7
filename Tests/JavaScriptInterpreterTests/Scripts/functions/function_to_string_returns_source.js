// expect: function add(a, b) { return a + b; } (x) => x + 1 function max() { [native code] }
function add(a, b) { return a + b; }
console.log(add.toString(), String((x) => x + 1), Math.max.toString());
