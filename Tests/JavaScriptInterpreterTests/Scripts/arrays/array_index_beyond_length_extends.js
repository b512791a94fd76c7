// expect: [ <2 empty items>, 1 ] 3
// expect: 11
const a = []; a[2] = 1; console.log(a, a.length); a[10] = 5; console.log(a.length);
