try { Object.setPrototypeOf(Object.prototype, {}); } catch (e) { console.log(e.name, e.message); }
console.log(Object.setPrototypeOf(Object.prototype, null) === Object.prototype, Object.getPrototypeOf(Object.prototype));
const tag = Object.getOwnPropertyDescriptor(Promise.prototype, Symbol.toStringTag);
console.log(tag.value, tag.writable, tag.enumerable, tag.configurable);
// expect: TypeError Immutable prototype object 'Object.prototype' cannot have their prototype set
// expect: true null
// expect: Promise false false true
