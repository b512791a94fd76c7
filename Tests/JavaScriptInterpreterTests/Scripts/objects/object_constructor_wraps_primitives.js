// expect: object {} true {} { a: 1 }
console.log(typeof Object(1), Object(null), Object("s") instanceof String, new Object(), Object({ a: 1 }));
