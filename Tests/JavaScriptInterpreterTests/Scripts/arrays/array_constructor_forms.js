// expect: [ <3 empty items> ] 3 [ 1, 2 ] [ 7 ] [ '3' ] [ 0, 2, 4 ]
console.log(new Array(3), new Array(3).length, Array(1, 2), Array.of(7), new Array("3"), Array.from({ length: 3 }, (_, i) => i * 2));
