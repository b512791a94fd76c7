// expect: cat makes a sound false true true true
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
const a = new Animal("cat");
console.log(a.speak(), a.hasOwnProperty("speak"), Animal.prototype.isPrototypeOf(a), a.constructor === Animal, Object.getPrototypeOf(a) === Animal.prototype);
