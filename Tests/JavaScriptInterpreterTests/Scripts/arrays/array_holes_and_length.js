// expect: [ 1, <1 empty item>, 3 ] 3 false
// expect: [ 1, <1 empty item>, 3, <2 empty items> ]
// expect: [ 1 ]
// expect: [ 1, <3 empty items>, 'x' ] 5
const a = [1, , 3]; console.log(a, a.length, 1 in a); a.length = 5; console.log(a); a.length = 1; console.log(a); a[4] = "x"; console.log(a, a.length);
