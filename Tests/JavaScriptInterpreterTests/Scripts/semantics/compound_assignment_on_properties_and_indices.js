// expect: { n: 3, s: 'ab' } [ 5, 9 ]
const o = { n: 1, s: "a" }; o.n += 2; o.s += "b"; const arr = [1]; arr[0] *= 5; arr[1] ??= 9; console.log(o, arr);
