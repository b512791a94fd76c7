// expect: 15
class Acct { #balance = 10; deposit(n) { this.#balance += n; return this.#balance; } }
console.log(new Acct().deposit(5));
