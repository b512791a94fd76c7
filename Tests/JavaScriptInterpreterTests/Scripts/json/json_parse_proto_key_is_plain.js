// expect: [ '__proto__' ] undefined true
const o = JSON.parse('{"__proto__":{"x":1}}'); console.log(Object.keys(o), o.x, Object.getPrototypeOf(o) === Object.prototype);
