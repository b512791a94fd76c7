// lodash 4 wrappers: implicit chaining with _(value), explicit _.chain(value), and which methods unwrap.
const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
const users = [{ user: 'barney', age: 36 }, { user: 'fred', age: 40 }, { user: 'pebbles', age: 1 }];
p(L(users).sortBy('age').map(function (o) { return o.user + ' is ' + o.age; }).head(), L.chain(users).sortBy('age').map('user').head().value());
p(L([1, 2, 3]).map(function (n) { return n * n; }).value(), L([1, 2, 3]).reduce(function (a, b) { return a + b; }), L([1, 2, 3]).sum(), L({ a: 1 }).get('a'), L({ a: 1 }).keys().value());
p(L([1, 2, 3]).filter(function (n) { return n > 1; }).size(), L('abc').toUpper(), L(' x ').trim(), L([3, 1]).sort().value(), L([1, 2]).reverse().value());
const wrapped = L([1, 2, 3]);
p(wrapped instanceof L, typeof wrapped.value, wrapped.valueOf(), wrapped.toJSON(), String(L([1, 2])), JSON.stringify({ w: L([1]) }), L(L([5])).value());
p(L.chain([1, 2, 3]).sum().value(), L([1, 2, 3]).chain().sum().value(), L.chain({ a: { b: 1 } }).get('a').value(), L.chain([3, 1, 2]).sortBy().first().value());
p(L([1, 2, 3]).tap(function (array) { array.pop(); }).reverse().value(), L('abc').thru(function (v) { return [v]; }).value(), L.chain([1, [2, [3]]]).flattenDeep().uniq().value());
p(L([1, 2]).push(3).value(), L([1, 2, 3]).pop(), L.chain([1, 2, 3]).shift().value(), L([1, 2, 3]).join('-'), L.chain(['a', 'b']).join('').value());
p(L(users).groupBy(function (u) { return u.age > 30; }).mapValues(function (g) { return g.length; }).value(), L(users).find({ age: 1 }), L(users).some('age'), L(users).includes(users[0]));
p(L([1, 2, 3]).isArray(), L(null).isNil(), L([1, 2]).last(), L([1, 2]).indexOf(2), L({ a: 1 }).has('a'), L.chain({ a: 1 }).has('a').value());
// expect: "pebbles is 1" "pebbles"
// expect: [1,4,9] 6 6 1 ["a"]
// expect: 2 "ABC" "x" [1,3] [2,1]
// expect: true "function" [1,2,3] [1,2,3] "1,2" "{\"w\":[1]}" [5]
// expect: 6 6 {"b":1} 1
// expect: [2,1] ["abc"] [1,2,3]
// expect: [1,2,3] 3 1 "1-2-3" "ab"
// expect: {"true":2,"false":1} {"user":"pebbles","age":1} true true
// expect: true true 2 1 true true
