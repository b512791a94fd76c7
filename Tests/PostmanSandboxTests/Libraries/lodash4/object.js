const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// lodash 4 object functions: paths, assignment, picking and mapping.
const obj = { a: [{ b: { c: 3 } }], 'x.y': 5, n: null };
p(L.get(obj, 'a[0].b.c'), L.get(obj, ['a', '0', 'b', 'c']), L.get(obj, 'a.b.c', 'default'), L.get(obj, 'x.y'), L.get(obj, 'n.z', 1), L.get(null, 'a'), L.get(obj, ''), L.get({ '': 1 }, ''), L.get([1, 2], 1), L.get({ a: { 'b c': 2 } }, 'a["b c"]'), L.get(obj, 'n', 7));
p(L.has({ a: { b: 2 } }, 'a'), L.has({ a: { b: 2 } }, 'a.b'), L.has({ a: { b: 2 } }, ['a', 'b']), L.has(Object.create({ a: 1 }), 'a'), L.has(null, 'a'), L.has([1], 0), L.has({ a: [1, 2] }, 'a[1]'), L.has({ 'a.b': 1 }, 'a.b'));
p(L.hasIn(Object.create({ a: { b: 2 } }), 'a.b'), L.hasIn({}, 'toString'), L.hasIn(null, 'a'));
const target = { a: [{ b: { c: 3 } }] };
L.set(target, 'a[0].b.c', 4); L.set(target, ['x', '0', 'y', 'z'], 5); L.set(target, 'p.q', 6);
p(target, L.set({}, 'a[1]', 'v'), L.set(null, 'a', 1), L.set({}, '', 1), L.set({ a: 1 }, 'a.b', 2), L.set({}, 'a.0.b', 1));
const updated = L.update({ a: [{ b: { c: 3 } }] }, 'a[0].b.c', function (n) { return n * n; });
p(updated, L.update({}, 'x[0].y.z', function (n) { return n ? n + 1 : 0; }));
const removable = { a: [{ b: { c: 7 } }] };
p(L.unset(removable, 'a[0].b.c'), removable, L.unset(removable, ['a', '0', 'b', 'x']), L.unset(null, 'a'));
p(L.keys({ a: 1, b: 2 }), L.keys('hi'), L.keys([1, 2]), L.keys(null), L.keys(5), L.keysIn(Object.assign(Object.create({ inherited: 1 }), { own: 2 })), L.values({ a: 1, b: 2 }), L.values('hi'), L.values(null), L.valuesIn(Object.create({ z: 9 })));
p(L.toPairs({ a: 1, b: 2 }), L.entries({ c: 3 }), L.toPairs(new Map([['k', 'v']])), L.toPairs(null), L.toPairs([5]));
function Foo() { this.a = 1; }
Foo.prototype.b = 2;
p(L.assign({ a: 0 }, new Foo(), { c: 3 }, null), L.assignIn({ a: 0 }, new Foo()), L.extend({}, new Foo()), L.assign(null, { a: 1 }), L.assign({ a: 1 }));
p(L.defaults({ a: 1 }, { b: 2 }, { a: 3 }), L.defaults({ a: undefined, b: null }, { a: 1, b: 2 }), L.defaultsDeep({ a: { b: 2 } }, { a: { b: 1, c: 3 } }), L.defaultsDeep({ a: [1] }, { a: [2, 3] }));
p(L.invert({ a: 1, b: 2, c: 1 }), L.invertBy({ a: 1, b: 2, c: 1 }), L.invertBy({ a: 1, b: 2, c: 1 }, function (v) { return 'group' + v; }));
p(L.mapKeys({ a: 1, b: 2 }, function (value, key) { return key + value; }), L.mapValues({ fred: { age: 40 }, pebbles: { age: 1 } }, 'age'), L.mapValues({ a: 1 }, function (v, k, o) { return [v, k, o]; }), L.mapValues(null));
const order = [];
L.forOwn(new Foo(), function (v, k) { order.push(k); });
L.forIn(new Foo(), function (v, k) { order.push(k); });
L.forOwn({ a: 1, b: 2, c: 3 }, function (v, k) { order.push(k); return k !== 'b'; });
p(order, L.forOwn(null));
const ages = { barney: { age: 36, active: true }, fred: { age: 40, active: false }, pebbles: { age: 1, active: true } };
p(L.findKey(ages, function (o) { return o.age < 40; }), L.findKey(ages, { age: 1, active: true }), L.findKey(ages, ['active', false]), L.findKey(ages, 'active'), L.findLastKey(ages, 'active'), L.findKey({}, 'a'));
const source = { a: 1, b: '2', c: 3, d: { e: 4, f: 5 } };
p(L.pick(source, ['a', 'c']), L.pick(source, 'a', 'z'), L.pick(source, 'd.e'), L.pick(null, 'a'), L.pickBy(source, L.isNumber), L.pickBy({ a: 1, b: null }));
p(L.omit(source, ['a', 'c']), L.omit(source, 'd.e'), source.d, L.omit(null, 'a'), L.omitBy(source, L.isNumber), L.omit([1, 2], 0));
const withFns = { a: [{ b: { c1: 3, c2: function () { return 4; } } }] };
p(L.result(withFns, 'a[0].b.c1'), L.result(withFns, 'a[0].b.c2'), L.result(withFns, 'a[0].b.c3', 'default'), L.result(withFns, 'a[0].b.c3', function () { return 'def'; }), L.result(null, 'a'));
p(L.functions({ a: function () {}, b: 1, c: L.noop }), L.transform([2, 3, 4], function (result, n) { result.push(n *= n); return n % 2 == 0; }, []), L.transform({ a: 1, b: 2, c: 1 }, function (result, value, key) { (result[value] || (result[value] = [])).push(key); }, {}));
p(L.toPath('a[0].b.c'), L.toPath('a.b["c.d"]'), L.toPath(['a', 0]), L.toPath('.a'), L.create({ x: 1 }, { y: 2 }).x);
// expect: 3 3 "default" 5 1 undefined undefined 1 2 2 null
// expect: true true true false false true true true
// expect: true true false
// expect: {"a":[{"b":{"c":4}}],"x":[{"y":{"z":5}}],"p":{"q":6}} {"a":[null,"v"]} null {"":1} {"a":{"b":2}} {"a":[{"b":1}]}
// expect: {"a":[{"b":{"c":9}}]} {"x":[{"y":{"z":0}}]}
// expect: true {"a":[{"b":{}}]} true true
// expect: ["a","b"] ["0","1"] ["0","1"] [] [] ["own","inherited"] [1,2] ["h","i"] [] [9]
// expect: [["a",1],["b",2]] [["c",3]] [["k","v"]] [] [["0",5]]
// expect: {"a":1,"c":3} {"a":1,"b":2} {"a":1,"b":2} {"a":1} {"a":1}
// expect: {"a":1,"b":2} {"a":1,"b":null} {"a":{"b":2,"c":3}} {"a":[1,3]}
// expect: {"1":"c","2":"b"} {"1":["a","c"],"2":["b"]} {"group1":["a","c"],"group2":["b"]}
// expect: {"a1":1,"b2":2} {"fred":40,"pebbles":1} {"a":[1,"a",{"a":1}]} {}
// expect: ["a","a","b","a","b"] null
// expect: "barney" "pebbles" "fred" "barney" "pebbles" undefined
// expect: {"a":1,"c":3} {"a":1} {"d":{"e":4}} {} {"a":1,"c":3} {"a":1}
// expect: {"b":"2","d":{"e":4,"f":5}} {"a":1,"b":"2","c":3,"d":{"f":5}} {"e":4,"f":5} {} {"b":"2","d":{"e":4,"f":5}} {"1":2}
// expect: 3 4 "default" "def" undefined
// expect: ["a","c"] [4,9] {"1":["a","c"],"2":["b"]}
// expect: ["a","0","b","c"] ["a","b","c.d"] ["a","0"] ["","a"] 1
