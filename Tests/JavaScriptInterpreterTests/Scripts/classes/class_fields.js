// expect: 2 c0 [ 'count', 'label', 'inc' ]
class Counter { count = 0; label = "c" + this.count; inc = () => ++this.count; }
const c = new Counter(); c.inc(); const { inc } = c; inc(); console.log(c.count, c.label, Object.keys(c));
