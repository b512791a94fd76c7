// expect: 3
class A { constructor(a, b) { this.sum = a + b; } } class B extends A {} console.log(new B(1, 2).sum);
