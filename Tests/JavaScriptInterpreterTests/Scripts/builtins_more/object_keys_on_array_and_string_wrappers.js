// expect: [ '0', '1' ] [ '0', '1' ] [ '0', '1', 'length' ]
console.log(Object.keys(["a", "b"]), Object.keys(new String("hi")), Object.getOwnPropertyNames("ab"));
