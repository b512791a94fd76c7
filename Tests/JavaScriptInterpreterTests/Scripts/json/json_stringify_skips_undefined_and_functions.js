// expect: {"d":null} [null,null,null] undefined undefined
console.log(JSON.stringify({ a: undefined, b: () => 1, c: Symbol("s"), d: null }), JSON.stringify([undefined, () => 1, Symbol()]), JSON.stringify(undefined), JSON.stringify(() => 1));
