// expect: object function function function function symbol function
console.log(typeof globalThis, typeof parseInt, typeof encodeURIComponent, typeof JSON.parse, typeof Math.max, typeof Symbol.iterator, typeof WeakMap);
