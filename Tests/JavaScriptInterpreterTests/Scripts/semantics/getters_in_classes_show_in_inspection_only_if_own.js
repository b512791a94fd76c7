// expect: A {} 1 []
class A { get x() { return 1; } } const a = new A(); console.log(a, a.x, Object.keys(a));
