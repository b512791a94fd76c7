// expect: true true TypeError true
console.log(new TypeError() instanceof Error, Object.getPrototypeOf(TypeError) === Error, TypeError.prototype.name, Error.prototype.message === "");
