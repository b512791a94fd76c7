const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// lodash 4 groupBy, keyBy, countBy, sortBy and orderBy: stable sorting, multiple criteria and directions.
const users = [{ user: 'fred', age: 48 }, { user: 'barney', age: 34 }, { user: 'fred', age: 40 }, { user: 'barney', age: 36 }];
p(L.groupBy([6.1, 4.2, 6.3], Math.floor), L.groupBy(['one', 'two', 'three'], 'length'), L.groupBy(users, 'user'), L.groupBy(null), L.groupBy({ a: 1, b: 2, c: 1 }));
p(L.keyBy([{ dir: 'left', code: 97 }, { dir: 'right', code: 100 }], 'dir'), L.keyBy([{ code: 97 }], function (o) { return String.fromCharCode(o.code); }), L.keyBy(['a', 'b']));
p(L.countBy([6.1, 4.2, 6.3], Math.floor), L.countBy(['one', 'two', 'three'], 'length'), L.countBy([true, false, true]), L.countBy({ a: 'x', b: 'y', c: 'x' }));
p(L.sortBy(users, [function (o) { return o.user; }]), L.sortBy(users, ['user', 'age']), L.sortBy(users, 'age', 'user'));
p(L.sortBy([3, 1, 2]), L.sortBy(['b', 'a', 'C']), L.sortBy([3, null, 1, undefined, NaN, 2]), L.sortBy({ a: 3, b: 1 }), L.sortBy(null), L.sortBy('cba'));
p(L.orderBy(users, ['user', 'age'], ['asc', 'desc']), L.orderBy(users, 'age', 'desc'), L.orderBy(users, ['user', 'age'], ['desc']));
p(L.orderBy([2, 1, 3], null, 'desc'), L.orderBy([{ a: { b: 2 } }, { a: { b: 1 } }], 'a.b'), L.orderBy(users, [['age']], [false]), L.orderBy([{ a: 1, b: 2 }, { a: 1, b: 1 }], ['a', 'b']));
p(L.sortBy(users, { user: 'fred' }), L.sortBy(users, ['user', 'fred']).map(function (u) { return u.age; }));
// expect: {"4":[4.2],"6":[6.1,6.3]} {"3":["one","two"],"5":["three"]} {"fred":[{"user":"fred","age":48},{"user":"fred","age":40}],"barney":[{"user":"barney","age":34},{"user":"barney","age":36}]} {} {"1":[1,1],"2":[2]}
// expect: {"left":{"dir":"left","code":97},"right":{"dir":"right","code":100}} {"a":{"code":97}} {"a":"a","b":"b"}
// expect: {"4":1,"6":2} {"3":2,"5":1} {"true":2,"false":1} {"x":2,"y":1}
// expect: [{"user":"barney","age":34},{"user":"barney","age":36},{"user":"fred","age":48},{"user":"fred","age":40}] [{"user":"barney","age":34},{"user":"barney","age":36},{"user":"fred","age":40},{"user":"fred","age":48}] [{"user":"barney","age":34},{"user":"barney","age":36},{"user":"fred","age":40},{"user":"fred","age":48}]
// expect: [1,2,3] ["C","a","b"] [1,2,3,null,null,null] [1,3] [] ["a","b","c"]
// expect: [{"user":"barney","age":36},{"user":"barney","age":34},{"user":"fred","age":48},{"user":"fred","age":40}] [{"user":"fred","age":48},{"user":"fred","age":40},{"user":"barney","age":36},{"user":"barney","age":34}] [{"user":"fred","age":40},{"user":"fred","age":48},{"user":"barney","age":34},{"user":"barney","age":36}]
// expect: [3,2,1] [{"a":{"b":1}},{"a":{"b":2}}] [{"user":"barney","age":34},{"user":"barney","age":36},{"user":"fred","age":40},{"user":"fred","age":48}] [{"a":1,"b":1},{"a":1,"b":2}]
// expect: [{"user":"barney","age":34},{"user":"barney","age":36},{"user":"fred","age":48},{"user":"fred","age":40}] [34,36,48,40]
