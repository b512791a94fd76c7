// expect: [ 1, <2 empty items>, 4 ] [ <5 empty items> ] [ <1 empty item>, 1 ]
console.log([1, , , 4], new Array(5), [, 1]);
