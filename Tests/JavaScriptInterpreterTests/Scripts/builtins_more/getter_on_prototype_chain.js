// expect: A B [ 'first', 'last' ]
const proto = { get full() { return this.first + " " + this.last; } }; const p = Object.create(proto); p.first = "A"; p.last = "B"; console.log(p.full, Object.keys(p));
