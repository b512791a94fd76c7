const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// lodash 4 type checks and conversions, over one table of values.
const values = [undefined, null, true, 0, -0, 1.5, NaN, Infinity, '', 'str', [], [1], {}, { a: 1 }, function () {}, new Date(0), /x/g, new Error('e'), Object(1), Object('s'), Object(false), new Map(), new Set([1]), Symbol.iterator, Object.create(null)];
const checks = ['isArray', 'isObject', 'isObjectLike', 'isPlainObject', 'isString', 'isNumber', 'isBoolean', 'isNaN', 'isNil', 'isNull', 'isUndefined', 'isFunction', 'isDate', 'isRegExp', 'isError', 'isInteger', 'isFinite', 'isSafeInteger', 'isSymbol', 'isMap', 'isSet', 'isArrayLike', 'isArrayLikeObject', 'isEmpty', 'isArguments', 'isLength', 'isTypedArray', 'isElement'];
checks.forEach(function (name) {
  console.log(name, values.map(function (v) { return L[name](v) ? 1 : 0; }).join(''));
});
(function () { p(L.isArguments(arguments), L.isEmpty(arguments), L.toArray(arguments)); })(1, 2);
function Foo() {}
p(L.isPlainObject(new Foo()), L.isEmpty(new Foo()), L.isEmpty({ length: 0 }), L.isEmpty('a'), L.isEmpty(new Map([[1, 1]])), L.isEmpty(Object.create({ a: 1 })));
p(L.toArray({ a: 1, b: 2 }), L.toArray('abc'), L.toArray(1), L.toArray(null), L.toArray(new Set([1, 2])), L.toArray(new Map([['a', 1]])));
p(L.toNumber('3.2'), L.toNumber(' 42 '), L.toNumber('0b101'), L.toNumber('0o17'), L.toNumber('0x1f'), L.toNumber('-0x1f'), L.toNumber(''), L.toNumber(null), L.toNumber(undefined), L.toNumber([7]), L.toNumber({}), L.toNumber(true), L.toNumber(Infinity));
p(L.toInteger(3.7), L.toInteger('3.2'), L.toInteger(-3.7), L.toInteger(Infinity), L.toInteger(NaN), L.toInteger(null), L.toFinite(Infinity), L.toFinite('x'), L.toSafeInteger(Infinity), L.toLength(-3), L.toLength(3.2), L.toLength(Infinity));
p(L.toString(null), L.toString(undefined), L.toString(-0), L.toString([1, 2, 3]), L.toString([null, [undefined, -0]]), L.toString({}), L.toString('s'), L.toString(12));
p(L.castArray(1), L.castArray({ a: 1 }), L.castArray('abc'), L.castArray(null), L.castArray(undefined), L.castArray(), L.castArray([1, 2]));
p(L.eq(NaN, NaN), L.eq('a', Object('a')), L.eq(0, -0), L.gt(3, 1), L.gte(3, 3), L.lt(1, 3), L.lte(3, 1));
// expect: isArray 0000000000110000000000000
// expect: isObject 0000000000111111111111101
// expect: isObjectLike 0000000000111101111111101
// expect: isPlainObject 0000000000001100000000001
// expect: isString 0000000011000000000100000
// expect: isNumber 0001111100000000001000000
// expect: isBoolean 0010000000000000000010000
// expect: isNaN 0000001000000000000000000
// expect: isNil 1100000000000000000000000
// expect: isNull 0100000000000000000000000
// expect: isUndefined 1000000000000000000000000
// expect: isFunction 0000000000000010000000000
// expect: isDate 0000000000000001000000000
// expect: isRegExp 0000000000000000100000000
// expect: isError 0000000000000000010000000
// expect: isInteger 0001100000000000000000000
// expect: isFinite 0001110000000000000000000
// expect: isSafeInteger 0001100000000000000000000
// expect: isSymbol 0000000000000000000000010
// expect: isMap 0000000000000000000001000
// expect: isSet 0000000000000000000000100
// expect: isArrayLike 0000000011110000000100000
// expect: isArrayLikeObject 0000000000110000000100000
// expect: isEmpty 1111111110101011111011011
// expect: isArguments 0000000000000000000000000
// expect: isLength 0001100000000000000000000
// expect: isTypedArray 0000000000000000000000000
// expect: isElement 0000000000000000000000000
// expect: true false [1,2]
// expect: false true false false false true
// expect: [1,2] ["a","b","c"] [] [] [1,2] [["a",1]]
// expect: 3.2 42 5 15 31 NaN 0 0 NaN 7 NaN 1 null
// expect: 3 3 -3 1.7976931348623157e+308 0 0 1.7976931348623157e+308 0 9007199254740991 0 3 4294967295
// expect: "" "" "-0" "1,2,3" "null,undefined,-0" "[object Object]" "s" "12"
// expect: [1] [{"a":1}] ["abc"] [null] [null] [] [1,2]
// expect: true false true true true true false
