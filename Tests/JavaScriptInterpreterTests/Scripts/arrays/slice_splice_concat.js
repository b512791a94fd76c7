// expect: [ 2, 3 ] [ 4, 5 ] [ 2, 3 ] [ 1, 'a', 'b', 'c', 4, 5 ] [
// expect:   1,   'a',   'b',
// expect:   'c', 4,     5,
// expect:   6,   [ 7 ], 8
// expect: ] [ 1, 2, [ 3 ] ]
const a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3), a.slice(-2), a.splice(1, 2, "a", "b", "c"), a, a.concat([6, [7]], 8), [].concat(1, [2], [[3]]));
