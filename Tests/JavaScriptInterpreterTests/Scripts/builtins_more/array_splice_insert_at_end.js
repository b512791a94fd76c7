// expect: [ 1, 2, 3 ]
const a = [1, 2]; a.splice(2, 0, 3, 4); a.splice(-1, 1); console.log(a);
