// expect: 2 f 1 object true [ 'custom' ]
function f(a, b) {} f.custom = 1; console.log(f.length, f.name, f.custom, typeof f.prototype, f.prototype.constructor === f, Object.keys(f));
