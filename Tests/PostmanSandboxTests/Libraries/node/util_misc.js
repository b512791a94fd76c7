// util.inherits, isDeepStrictEqual, promisify, deprecate, types and the legacy is* checks.
const util = require('util');
function Animal(name) { this.name = name; } Animal.prototype.speak = function () { return this.name + ' speaks'; };
function Dog(name) { Animal.call(this, name); } util.inherits(Dog, Animal);
const d = new Dog('Rex'); console.log(d.speak(), d instanceof Animal, Dog.super_ === Animal, Object.keys(Dog).length);
for (const args of [[undefined, Animal], [Dog, null], [Dog, {}]]) { try { util.inherits(...args); } catch (e) { console.log(e.name, e.code, e.message); } }
const eq = (a, b) => console.log(util.isDeepStrictEqual(a, b));
eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }); eq({ a: 1 }, { a: '1' }); eq([1, 2], [1, 2, 3]); eq(NaN, NaN); eq(0, -0); eq(new Date(5), new Date(5)); eq(new Date(5), new Date(6));
eq(/a/g, /a/g); eq(/a/g, /a/i); eq(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])); eq(new Set([1, 2]), new Set([2, 1])); eq(new Set([{ a: 1 }]), new Set([{ a: 1 }]));
eq({ a: undefined }, {}); eq([1, , 3], [1, undefined, 3]); eq(Object.create(null), {}); eq([], {}); eq('a', 'a'); eq(null, undefined);
const c1 = { x: 1 }; c1.self = c1; const c2 = { x: 1 }; c2.self = c2; eq(c1, c2); eq(new Error('e'), new Error('e')); eq(new Number(1), new Number(2));
const cb = (x, done) => (x < 0 ? done(new Error('negative')) : done(null, x * 2));
const pcb = util.promisify(cb);
pcb(21).then((v) => console.log('resolved', v)); pcb(-1).catch((e) => console.log('rejected', e.message));
const special = () => {}; special[util.promisify.custom] = () => Promise.resolve('custom'); console.log(util.promisify(special) === special[util.promisify.custom]);
try { util.promisify(5); } catch (e) { console.log(e.name, e.code, e.message); }
const old = util.deprecate((a, b) => a + b, 'old() is deprecated', 'DEP0'); console.log(old(2, 3), typeof old);
const t = util.types;
console.log(t.isDate(new Date()), t.isDate({}), t.isRegExp(/x/), t.isMap(new Map()), t.isSet(new Set()), t.isSet([]), t.isPromise(Promise.resolve()), t.isNativeError(new TypeError()), t.isNativeError({ message: 'x' }), t.isBoxedPrimitive(new String('')), t.isBoxedPrimitive(''));
console.log(util.isArray([]), util.isArray({}), util.isBoolean(false), util.isNull(null), util.isNullOrUndefined(undefined), util.isNumber(NaN), util.isString(''), util.isSymbol(Symbol()), util.isUndefined(null));
console.log(util.isRegExp(/x/), util.isObject({}), util.isObject(null), util.isObject(() => {}), util.isDate(new Date()), util.isError(new Error()), util.isFunction(class {}), util.isPrimitive('x'), util.isPrimitive({}), util.isBuffer(Buffer.from('')), util.isBuffer('x'));
util.callbackify(() => Promise.resolve('cb value'))((err, v) => console.log('callbackify', err, v));
// expect: Rex speaks true true 0
// expect: TypeError ERR_INVALID_ARG_TYPE The "ctor" argument must be of type function. Received undefined
// expect: TypeError ERR_INVALID_ARG_TYPE The "superCtor" argument must be of type function. Received null
// expect: TypeError ERR_INVALID_ARG_TYPE The "superCtor.prototype" property must be of type object. Received undefined
// expect: true
// expect: false
// expect: false
// expect: true
// expect: false
// expect: true
// expect: false
// expect: true
// expect: false
// expect: true
// expect: true
// expect: true
// expect: false
// expect: false
// expect: false
// expect: false
// expect: true
// expect: false
// expect: true
// expect: true
// expect: false
// expect: true
// expect: TypeError ERR_INVALID_ARG_TYPE The "original" argument must be of type function. Received type number (5)
// expect: 5 function
// expect: true false true true true false true true false true false
// expect: true false true true true true true true false
// expect: true true false false true true true true false true false
// expect: resolved 42
// expect: rejected negative
// expect: callbackify null cb value
