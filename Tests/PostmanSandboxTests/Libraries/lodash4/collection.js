const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// lodash 4 collection functions: iteration, searching, grouping and sorting, with the iteratee shorthands.
const users = [{ user: 'barney', age: 36, active: true }, { user: 'fred', age: 40, active: false }, { user: 'pebbles', age: 1, active: true }];
const seen = [];
p(L.forEach([1, 2, 3], function (v, i) { seen.push(v * 10 + i); if (v === 2) return false; }), seen);
L.each({ a: 1, b: 2 }, function (v, k) { seen.push(k + v); });
L.forEachRight([1, 2, 3], function (v) { seen.push(v); });
L.each('ab', function (c, i) { seen.push(c + i); });
p(seen, L.forEach(null), L.each(5, function () { seen.push('x'); }));
p(L.map([1, 2, 3], function (n) { return n * 3; }), L.map({ a: 4, b: 8 }, function (n, k) { return k + n; }), L.map(users, 'user'), L.map(null), L.map('abc'));
p(L.map([[1, 2], [3, 4]], 1), L.map(users, 'missing'), L.map([{ a: { b: 1 } }], 'a.b'), L.map(['6', '8', '10'], parseInt));
p(L.filter(users, 'active').length, L.filter(users, { age: 1 }), L.filter(users, ['active', false]), L.filter([1, 0, null, 2]));
p(L.filter({ a: 1, b: 2, c: 3 }, function (v) { return v % 2; }), L.reject([1, 2, 3, 4], function (n) { return n % 2 === 0; }), L.reject(users, 'active'));
p(L.find(users, function (o) { return o.age < 40; }), L.find(users, { age: 1, active: true }), L.find(users, ['active', false]), L.find(users, 'active'));
p(L.find([1, 2, 3, 4], function (n) { return n > 1; }, 2), L.find([], Boolean), L.find({ a: 1, b: 2 }, function (v) { return v > 1; }), L.find(users, { user: 'nobody' }));
p(L.findLast([1, 2, 3, 4], function (n) { return n % 2 == 1; }), L.findLast(users, 'active'), L.findLast({ a: 1, b: 2, c: 3 }, function (v) { return v < 3; }));
p(L.reduce([1, 2], function (sum, n) { return sum + n; }, 0), L.reduce({ a: 1, b: 2, c: 1 }, function (result, value, key) { (result[value] || (result[value] = [])).push(key); return result; }, {}));
p(L.reduce([1, 2, 3], function (a, b) { return a * b; }), L.reduce([], function () {}), L.reduce([], function () {}, 'init'), L.reduceRight([[0, 1], [2, 3], [4, 5]], function (flattened, other) { return flattened.concat(other); }, []));
p(L.some([null, 0, 'yes', false], Boolean), L.some(users, { user: 'fred', active: false }), L.some(users, ['active', false]), L.some(users, 'missing'), L.some([]), L.some(null));
p(L.every([true, 1, null, 'yes'], Boolean), L.every(users, { active: false }), L.every(users, ['active', false]), L.every(users, 'user'), L.every([]), L.every({ a: 1, b: 2 }, function (v) { return v > 0; }));
p(L.includes([1, 2, 3], 1), L.includes([1, 2, 3], 1, 2), L.includes({ a: 1, b: 2 }, 1), L.includes('abcd', 'bc'), L.includes([NaN], NaN), L.includes([1, 2, 3], 3, -1), L.includes(null, 1), L.includes('abc', 'a', 5));
p(L.size([1, 2, 3]), L.size({ a: 1, b: 2 }), L.size('pebbles'), L.size(null), L.size(5), L.size(new Map([[1, 2]])), L.size(new Set([1, 2, 3])));
p(L.flatMap([1, 2], function (n) { return [n, n]; }), L.flatMap([[1], [[2]]], L.identity), L.flatMapDeep([1, 2], function (n) { return [[[n, n]]]; }), L.flatMap({ a: [1], b: 2 }));
p(L.invokeMap([[5, 1, 7], [3, 2, 1]], 'sort'), L.invokeMap([123, 456], String.prototype.split, ''), L.invokeMap([{ a: { f: function () { return this.v; }, v: 3 } }], 'a.f'));
p(L.partition(users, function (o) { return o.active; }).map(function (g) { return L.map(g, 'user'); }), L.partition(users, { age: 1 })[0].length, L.partition([], Boolean));
// expect: [1,2,3] [10,21]
// expect: [10,21,"a1","b2",3,2,1,"a0","b1"] null 5
// expect: [3,6,9] ["a4","b8"] ["barney","fred","pebbles"] [] ["a","b","c"]
// expect: [2,4] [null,null,null] [1] [6,null,2]
// expect: 2 [{"user":"pebbles","age":1,"active":true}] [{"user":"fred","age":40,"active":false}] [1,2]
// expect: [1,3] [1,3] [{"user":"fred","age":40,"active":false}]
// expect: {"user":"barney","age":36,"active":true} {"user":"pebbles","age":1,"active":true} {"user":"fred","age":40,"active":false} {"user":"barney","age":36,"active":true}
// expect: 3 undefined 2 undefined
// expect: 3 {"user":"pebbles","age":1,"active":true} 2
// expect: 3 {"1":["a","c"],"2":["b"]}
// expect: 6 undefined "init" [4,5,2,3,0,1]
// expect: true true true false false false
// expect: false false false true true true
// expect: true false true true true true false false
// expect: 3 2 7 0 0 1 3
// expect: [1,1,2,2] [1,[2]] [1,1,2,2] [1,2]
// expect: [[1,5,7],[1,2,3]] [["1","2","3"],["4","5","6"]] [3]
// expect: [["barney","pebbles"],["fred"]] 1 [[],[]]
