// expect: [ 0, 2, 3, 4 ] 5 5 1 4 [ 0, 2, 3, 4 ]
const a = [1, 2, 3]; a.push(4, 5); console.log(a, a.length, a.pop(), a.shift(), a.unshift(0), a);
