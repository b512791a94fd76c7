// expect: [ 1, 2, 3, 1, 2 ] [ 'h', 'i' ] [ 1, 2 ]
const a = [1, 2]; console.log([...a, 3, ...a], [..."hi"], [...new Set([1, 2, 2])]);
