// expect: A {} [] 2 1 2 {} []
class A { #x = 1; static #c = 0; #m() { return this.#x + 1; } get v() { return this.#m(); } inc() { A.#c++; return A.#c; } }
const a = new A(); console.log(a, Object.keys(a), a.v, a.inc(), a.inc(), JSON.stringify(a), Object.getOwnPropertyNames(a));
