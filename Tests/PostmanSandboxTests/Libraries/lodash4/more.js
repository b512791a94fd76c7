// lodash 4 lesser-used helpers: at, methodOf/method, sorted index lookups, forInRight, *In pairs and weak types.
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
const L = require('lodash');
const object = { a: [{ b: { c: 3 } }, 4], f: { g: function (x) { return (x || 0) + this.h; }, h: 2 } };
p(L.at(object, ['a[0].b.c', 'a[1]']), L.at(object, 'a[1]', 'zz'), L.at(null, 'a'), L.map(['f.g'], L.methodOf(object, 5)), L.map([object], L.method('f.g', 1)), L.method('nope')({}));
p(L.sortedIndexOf([4, 5, 5, 5, 6], 5), L.sortedIndexOf([4, 6], 5), L.sortedLastIndexOf([4, 5, 5, 5, 6], 5), L.sortedLastIndexOf([], 1), L.sortedLastIndexBy([{ x: 4 }, { x: 5 }], { x: 4 }, 'x'), L.sortedUniqBy([1.1, 1.2, 2.3, 2.4], Math.floor));
function Foo() { this.a = 1; this.b = 2; }
Foo.prototype.c = function () {};
const keys = [];
L.forInRight(new Foo(), function (v, k) { keys.push(k); });
p(keys, L.toPairsIn(new Foo()).length, L.entriesIn({ x: 1 }), L.functionsIn(new Foo()), L.isWeakMap(new WeakMap()), L.isWeakMap(new Map()), L.isWeakSet(new WeakSet()), L.conformsTo({ a: 1 }, { a: function (n) { return n > 0; } }));
p(L.flatMapDepth([1, 2], function (n) { return [[[n, n]]]; }, 2), typeof _.method, L.map([{ a: { b: L.constant(7) } }], _.method('a.b')));
// expect: [3,4] [4,null] [null] [7] [3] undefined
// expect: 1 -1 3 -1 1 [1.1,2.3]
// expect: ["c","b","a"] 3 [["x",1]] ["c"] true false true true
// expect: [[1,1],[2,2]] "function" [7]
