// expect: [ 4, 5 ] [ 1 ] [ 2, 3 ] [ 1 ] []
const a = [1, 2, 3, 4, 5]; console.log(a.splice(-2), a, a.splice(1), a, [1, 2, 3].splice(1, 0, "x"));
