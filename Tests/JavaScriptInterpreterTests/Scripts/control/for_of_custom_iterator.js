// expect: [ 1, 2, 3 ] [ 1, 2, 3 ]
// expect: 1
// expect: 2
// expect: 3
const it = { from: 1, to: 3, [Symbol.iterator]() { let c = this.from, t = this.to; return { next: () => c <= t ? { value: c++, done: false } : { value: undefined, done: true } }; } };
console.log([...it], Array.from(it)); for (const x of it) console.log(x);
