// expect: [ 3, 2, 1 ] 5
class Countdown { constructor(n) { this.n = n; } [Symbol.iterator]() { let n = this.n; return { next: () => (n > 0 ? { value: n--, done: false } : { value: undefined, done: true }) }; } }
console.log([...new Countdown(3)], Math.max(...new Countdown(5)));
