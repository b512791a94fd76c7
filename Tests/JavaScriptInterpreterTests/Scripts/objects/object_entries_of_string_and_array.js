// expect: [ [ '0', 'a' ], [ '1', 'b' ] ] [ '0', '1' ] [ 'h', 'i' ]
console.log(Object.entries("ab"), Object.keys([4, 5]), Object.values("hi"));
