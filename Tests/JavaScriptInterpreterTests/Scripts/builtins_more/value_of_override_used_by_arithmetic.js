// expect: 6 2 true
class Num { constructor(v) { this.v = v; } valueOf() { return this.v; } } console.log(new Num(2) * new Num(3), new Num(1) + 1, new Num(5) > new Num(4));
