const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// lodash 4 isEqual, isMatch and the matches/matchesProperty shorthands: deep, unordered for maps and sets,
// strict about types and constructors.
const cases = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [null, undefined], ['a', Object('a')], [Object(1), Object(1)], [true, Object(true)],
  [[1, 2, 3], [1, 2, 3]], [[1, 2], [2, 1]], [[1, [2, { a: 3 }]], [1, [2, { a: 3 }]]], [[1], [1, undefined]], [[], {}],
  [{ a: 1, b: 2 }, { b: 2, a: 1 }], [{ a: 1 }, { a: 1, b: undefined }], [{ a: undefined }, { b: undefined }], [{}, Object.create(null)],
  [new Date(5), new Date(5)], [new Date(5), new Date(6)], [/a/g, /a/g], [/a/g, /a/i], [new Error('x'), new Error('x')],
  [new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])], [new Set([1, 2]), new Set([2, 1])], [new Set([1, 2]), new Set([1, 3])],
  [function () {}, function () {}], [{ a: [{ b: new Date(1) }] }, { a: [{ b: new Date(1) }] }], [Symbol.iterator, Symbol.iterator]
];
console.log(cases.map(function (c) { return L.isEqual(c[0], c[1]) ? 1 : 0; }).join(''));
function Foo() { this.a = 1; }
function Bar() { this.a = 1; }
p(L.isEqual(new Foo(), new Foo()), L.isEqual(new Foo(), new Bar()), L.isEqual(new Foo(), { a: 1 }));
const cyclicA = { x: 1 }; cyclicA.self = cyclicA;
const cyclicB = { x: 1 }; cyclicB.self = cyclicB;
p(L.isEqual(cyclicA, cyclicB));
(function () { p(L.isEqual(arguments, { 0: 1, 1: 2 }), L.isEqual(arguments, [1, 2])); })(1, 2);
p(L.isEqualWith([1, 'hello'], [1, 'hi'], function (a, b) { if (typeof a == 'string' && typeof b == 'string') return true; }));
const object = { a: 1, b: 2, c: { d: 3, e: [1, 2] } };
p(L.isMatch(object, { b: 2 }), L.isMatch(object, { b: 1 }), L.isMatch(object, { c: { d: 3 } }), L.isMatch(object, { c: { e: [2] } }), L.isMatch(object, {}), L.isMatch(null, {}), L.isMatch(null, { a: 1 }), L.isMatch(object, { z: undefined }));
const items = [{ a: 1, b: 2, c: 3 }, { a: 4, b: 5, c: 6 }, { a: 1, tags: ['x', 'y'] }];
p(L.filter(items, L.matches({ a: 4, c: 6 })), L.filter(items, L.matches({ tags: ['y'] })), L.filter(items, L.matchesProperty('a', 1)).length, L.filter(items, L.matchesProperty('tags', ['x'])).length);
p(L.find(items, L.matchesProperty('d', undefined)), L.filter([{ a: undefined }, {}], L.matchesProperty('a', undefined)).length, L.filter([{ a: { b: 1, c: 2 } }], ['a', { b: 1 }]).length);
// expect: 1011011110100100110101110011
// expect: true false false
// expect: true
// expect: true false
// expect: true
// expect: true false true true true true false false
// expect: [{"a":4,"b":5,"c":6}] [{"a":1,"tags":["x","y"]}] 2 1
// expect: undefined 1 1
