// expect: [ 'a', 'b', 'c' ] [ 1, 2 ] [ [ 1, 2 ] ] [ 2, 3 ] [ 'a', 'b' ]
console.log(Array.from("abc"), Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 2]])), Array.from([1, 2], x => x + 1), Array.from({ length: 2, 0: "a", 1: "b" }));
