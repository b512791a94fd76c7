// expect: [ 10, 20 ]
class C { constructor() { this.items = [1, 2]; this.factor = 10; } scaled() { return this.items.map(i => i * this.factor); } } console.log(new C().scaled());
