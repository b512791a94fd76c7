// expect: {
// expect:   '4': 'four',
// expect:   x: 1,
// expect:   dyn1: 2,
// expect:   'quoted key': 3,
// expect:   method: [Function: method],
// expect:   g: [Getter],
// expect:   s: [Setter],
// expect:   _s: 9
// expect: } 1 5 9
const k = "dyn", x = 1;
const o = { x, [k + "1"]: 2, "quoted key": 3, 4: "four", method() { return this.x; }, get g() { return 5; }, set s(v) { this._s = v; } };
o.s = 9;
console.log(o, o.method(), o.g, o._s);
