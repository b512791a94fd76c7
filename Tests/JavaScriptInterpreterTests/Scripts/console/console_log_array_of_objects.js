// expect: [ { id: 1, name: 'a' }, { id: 2, name: 'b' } ]
console.log([{ id: 1, name: "a" }, { id: 2, name: "b" }]);
