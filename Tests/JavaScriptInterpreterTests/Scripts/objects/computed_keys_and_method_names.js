// expect: a1 [sym] get g2 f arrow
const s = Symbol("sym");
const o = { ["a" + 1]() {}, [s]() {}, get ["g" + 2]() { return 1; }, f: function () {}, arrow: () => {} };
console.log(o.a1.name, o[s].name, Object.getOwnPropertyDescriptor(o, "g2").get.name, o.f.name, o.arrow.name);
