const o = { a: 1, [Symbol("s")]: 2 };
Object.defineProperty(o, "fixed", { value: 3, writable: false, configurable: false });
console.log(Reflect.has(o, "a"), Reflect.has(o, "toString"), Reflect.get(o, "a"));
console.log(Reflect.ownKeys(o).map(String).join(","));
console.log(Reflect.set(o, "a", 5), o.a, Reflect.set(o, "fixed", 9), o.fixed);
console.log(Reflect.deleteProperty(o, "a"), Reflect.deleteProperty(o, "fixed"), "a" in o);
console.log(Reflect.defineProperty(o, "fixed", { value: 4 }), Reflect.defineProperty(o, "n", { value: 1 }), o.n);
console.log(Reflect.apply(Math.max, null, [1, 7, 3]), Reflect.apply(function () { return this.x; }, { x: "me" }, []));
class A { constructor(v) { this.v = v; } }
class B extends A {}
const made = Reflect.construct(A, [8], B);
console.log(made.v, made instanceof B, Object.prototype.toString.call(Reflect));
const getterHost = { get who() { return this.name; } };
console.log(Reflect.get(getterHost, "who", { name: "receiver" }));
console.log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o));
const p = {};
console.log(Reflect.setPrototypeOf(p, null), Reflect.getPrototypeOf(p), Reflect.setPrototypeOf(Object.prototype, p));
console.log(JSON.stringify(Reflect.getOwnPropertyDescriptor({ k: 1 }, "k")));
try { Reflect.get(1, "a"); } catch (e) { console.log(e.name, e.message); }
try { Reflect.apply(Math.max, null, 1); } catch (e) { console.log(e.name, e.message); }
// expect: true true 1
// expect: a,fixed,Symbol(s)
// expect: true 5 false 3
// expect: true false false
// expect: false true 1
// expect: 7 me
// expect: 8 true [object Reflect]
// expect: receiver
// expect: true true true false
// expect: true null false
// expect: {"value":1,"writable":true,"enumerable":true,"configurable":true}
// expect: TypeError Reflect.get called on non-object
// expect: TypeError CreateListFromArrayLike called on non-object
try { Reflect.setPrototypeOf({}, 1); } catch (e) { console.log(e.name, e.message); }
const parent = {}, child = Object.create(parent);
console.log(Reflect.setPrototypeOf(parent, child));
// expect: TypeError Object prototype may only be an Object or null: 1
// expect: false
