// expect: A says hi to B
class A { static hello() { return "A says hi to " + this.name; } } class B extends A {} console.log(B.hello());
