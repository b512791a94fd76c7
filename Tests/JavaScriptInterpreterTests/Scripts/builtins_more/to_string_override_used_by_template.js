// expect: $3.00 $1.50 $2.00
class Money { constructor(v) { this.v = v; } toString() { return `$${this.v.toFixed(2)}`; } } console.log(`${new Money(3)}`, String(new Money(1.5)), new Money(2) + "");
