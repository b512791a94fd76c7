// expect: { a: { b: { c: [Object] } }, arr: [ [ 1, [Array] ] ] }
console.log({ a: { b: { c: { d: 1 } } }, arr: [[1, [2, [3, [4]]]]] });
