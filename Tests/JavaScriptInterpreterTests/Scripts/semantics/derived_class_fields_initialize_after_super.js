// expect: [ 'A', 'field', 'B' ]
class A { constructor() { this.order = ["A"]; } } class B extends A { f = this.order.push("field"); constructor() { super(); this.order.push("B"); } } console.log(new B().order);
