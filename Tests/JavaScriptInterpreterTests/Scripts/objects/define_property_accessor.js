// expect: 50 true { _v: 5, v: [Getter/Setter] }
const o = { _v: 1 };
Object.defineProperty(o, "v", { get() { return this._v * 10; }, set(x) { this._v = x; }, enumerable: true, configurable: true });
o.v = 5; console.log(o.v, Object.getOwnPropertyDescriptor(o, "v").set !== undefined, o);
