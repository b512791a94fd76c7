// expect: 1 [ 'regular' ] 1 {"regular":2}
const s = Symbol("id"); const o = { [s]: 1, regular: 2 }; console.log(o[s], Object.keys(o), Object.getOwnPropertySymbols(o).length, JSON.stringify(o));
