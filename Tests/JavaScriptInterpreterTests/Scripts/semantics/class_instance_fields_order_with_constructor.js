// expect: [ 'field', 'ctor' ]
class A { x = this.log("field"); constructor() { this.log("ctor"); } log(m) { (this.l ||= []).push(m); return m; } } console.log(new A().l);
