const thenable = { then(resolve) { resolve("from thenable"); } };
Promise.resolve(thenable).then(v => console.log(v));
const p = Promise.resolve(7);
console.log(Promise.resolve(p) === p);
const self = new Promise(r => setTimeout(() => r(self)));
self.catch(e => console.log(e.constructor.name, e.message));
new Promise(() => { throw new RangeError("in executor"); }).catch(e => console.log("executor", e.name));
Promise.reject(new Error("x")).then(null, e => console.log("onRejected", e.message));
console.log(Object.prototype.toString.call(p), typeof Promise, p instanceof Promise);
// expect: true
// expect: [object Promise] function true
// expect: executor RangeError
// expect: onRejected x
// expect: from thenable
// expect: TypeError Chaining cycle detected for promise #<Promise>
