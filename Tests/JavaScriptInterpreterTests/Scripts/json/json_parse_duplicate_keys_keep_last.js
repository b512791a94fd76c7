// expect: { a: 2 } [ 'b', 'a' ]
console.log(JSON.parse('{"a":1,"a":2}'), Object.keys(JSON.parse('{"b":1,"a":2,"b":3}')));
