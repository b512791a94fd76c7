// expect: Error:e:true TypeError:t:true RangeError:r:true ReferenceError:f:true SyntaxError:s:true EvalError:v:true URIError:u:true
const errs = [new Error("e"), new TypeError("t"), new RangeError("r"), new ReferenceError("f"), new SyntaxError("s"), new EvalError("v"), new URIError("u")];
console.log(errs.map(e => `${e.name}:${e.message}:${e instanceof Error}`).join(" "));
