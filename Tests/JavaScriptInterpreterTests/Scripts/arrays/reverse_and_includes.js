// expect: [ 3, 2, 1 ] [ 3, 2, 1 ] false true
const a = [1, 2, 3]; console.log(a.reverse(), a, a.includes(2, 2), a.includes(3, -3));
