// expect: A B
class A { constructor() { this.made = new.target.name; } } class B extends A {} console.log(new A().made, new B().made);
