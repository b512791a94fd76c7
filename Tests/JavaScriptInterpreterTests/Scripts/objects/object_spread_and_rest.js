// expect: { x: 0, y: 2, z: 3 } 0 { y: 2, z: 3 } { '0': 5, '1': 'i' }
const a = { x: 1, y: 2 }; const b = { ...a, z: 3, x: 0 }; const { x, ...rest } = b;
console.log(b, x, rest, { ...null, ...undefined, ..."hi", ...[5] });
