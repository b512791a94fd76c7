// expect: [object Object] A true
class A {} const a = new A(); console.log(Object.prototype.toString.call(a), a.constructor.name, a instanceof A);
