// expect: true true true false true false
class A {} class B extends A {}
console.log(new B() instanceof A, [] instanceof Array, [] instanceof Object, {} instanceof Array, (() => 1) instanceof Function, null instanceof Object);
