// expect: o object [ 'o' ] true undefined 5
const o = { name: "o", regular() { return this.name; }, arrow: () => typeof this, nested() { return [1].map(() => this.name); } };
function loose() { return this === globalThis; }
function strictFn() { "use strict"; return this; }
console.log(o.regular(), o.arrow(), o.nested(), loose(), strictFn(), strictFn.call(5));
