// expect: [Number: 5] [String: 's'] [Boolean: true]
console.log(new Number(5), new String("s"), new Boolean(true));
