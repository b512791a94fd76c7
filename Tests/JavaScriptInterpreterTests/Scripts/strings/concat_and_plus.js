// expect: ab1null a12 3a xundefined x[object Object] x1,2
console.log("a".concat("b", 1, null), "a" + 1 + 2, 1 + 2 + "a", "x" + undefined, "x" + {}, "x" + [1, 2]);
