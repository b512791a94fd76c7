// expect: 2
class A { get v() { return 1; } } class B extends A { get v() { return super.v + 1; } } console.log(new B().v);
