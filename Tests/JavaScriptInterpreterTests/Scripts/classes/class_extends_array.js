// expect: 2 2 true
class Stack extends Array { top() { return this[this.length - 1]; } }
const s = new Stack(); s.push(1, 2); console.log(s.top(), s.length, Array.isArray(s));
