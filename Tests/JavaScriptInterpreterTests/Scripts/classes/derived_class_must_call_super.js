// expect error: ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
class A {} class B extends A { constructor() { this.x = 1; } } new B();
