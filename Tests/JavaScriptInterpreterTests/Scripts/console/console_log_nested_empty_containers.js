// expect: { a: [], b: {}, c: [ [] ], d: [ {} ] }
console.log({ a: [], b: {}, c: [[]], d: [{}] });
