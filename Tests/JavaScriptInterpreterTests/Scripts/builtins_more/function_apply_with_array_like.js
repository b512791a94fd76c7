// expect: x-y  9
function f() { return Array.from(arguments).join("-"); } console.log(f.apply(null, { length: 2, 0: "x", 1: "y" }), f.apply(null), Math.max.apply(null, [3, 9, 2]));
