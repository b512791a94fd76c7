// lodash 3 (the global _) collections: its old names, thisArg binding, string-plus-value shorthand and sorting.
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
const users = [{ user: 'barney', age: 36, active: true }, { user: 'fred', age: 40, active: false }, { user: 'pebbles', age: 1, active: true }];
p(_.pluck(users, 'user'), _.pluck(users, 'missing'), _.pluck([{ a: { b: 1 } }], 'a.b'), _.pluck(null, 'a'));
p(_.where(users, { active: true }).length, _.where(users, { age: 40 }), _.findWhere(users, { age: 1 }), _.findWhere(users, { age: 2 }));
p(_.contains([1, 2, 3], 1), _.contains([1, 2, 3], 1, 2), _.contains({ a: 'x' }, 'x'), _.contains('pebbles', 'eb'), _.include([1], 1), _.includes([NaN], NaN));
p(_.indexBy(users, 'user').fred.age, _.indexBy([{ dir: 'left', code: 97 }], function (o) { return String.fromCharCode(o.code); }), _.countBy([4.3, 6.1, 6.4], function (n) { return this.floor(n); }, Math));
p(_.filter(users, 'active', false), _.filter(users, 'age', 1), _.map(users, 'age', 40), _.find(users, 'active', false), _.reject(users, 'active', true).length);
p(_.map([1, 2], function (n) { return n * this.k; }, { k: 3 }), _.filter([1, 2, 3], function (n) { return n > this.min; }, { min: 1 }), _.find([1, 2, 3], function (n) { return n === this.want; }, { want: 2 }));
const seen = [];
_.forEach([1, 2, 3], function (n) { seen.push(n * this.m); if (n === 2) return false; }, { m: 10 });
_.each({ a: 1, b: 2 }, function (v, k) { seen.push(k); });
p(seen, _.reduce([1, 2, 3], function (sum, n) { return sum + n * this.m; }, 0, { m: 2 }), _.inject([1, 2], function (a, b) { return a + b; }), _.foldl([1, 2], function (a, b) { return a - b; }, 10), _.foldr(['a', 'b'], function (a, b) { return a + b; }));
p(_.all([true, 1], Boolean), _.any([0, 'x'], Boolean), _.every(users, 'active'), _.some(users, 'active', false), _.collect([1], String), _.detect(users, { user: 'fred' }).age, _.select([1, 2], function (n) { return n > 1; }));
p(_.sortBy(users, 'age').map(function (u) { return u.user; }), _.sortBy([3, 1, 2], function (n) { return this.sin(n); }, Math), _.sortBy(users, 'active', true).map(function (u) { return u.user; }));
p(_.sortByAll(users, ['active', 'age']).map(function (u) { return u.user; }), _.sortByAll(users, 'active', 'user').map(function (u) { return u.user; }));
p(_.sortByOrder(users, ['active', 'age'], ['desc', 'asc']).map(function (u) { return u.user; }), _.sortByOrder(users, ['age'], [false]).map(function (u) { return u.age; }), _.sortByOrder(users, ['age'], ['x']).map(function (u) { return u.age; }), _.sortByOrder(users, ['age']).map(function (u) { return u.age; }));
p(_.max([4, 2, 8, 6]), _.max([]), _.max(users, 'age'), _.max(users, function (u) { return u.age; }).user, _.max({ a: 3, b: 9 }), _.min([4, 2, 8, 6]), _.min([]), _.min(users, 'age').user, _.max(['a', 'b']));
p(_.sum([4, 6]), _.sum([]), _.sum({ a: 1, b: 2 }), _.sum(['1', 2, null]), _.sum(users, 'age'), _.sum([1, 2], function (n) { return n * 10; }));
p(_.groupBy([4.2, 6.1, 6.4], function (n) { return this.floor(n); }, Math), _.groupBy(['one', 'two', 'three'], 'length'), _.partition([1, 2, 3], function (n) { return n % 2; }), _.size({ a: 1 }), _.size('abc'));
p(_.invoke([[5, 1, 7], [3, 2, 1]], 'sort'), _.invoke([123, 456], String.prototype.split, ''), _.toArray({ a: 1 }), _.groupBy(users, 'active', true));
// expect: ["barney","fred","pebbles"] [null,null,null] [1] []
// expect: 2 [{"user":"fred","age":40,"active":false}] {"user":"pebbles","age":1,"active":true} undefined
// expect: true false true true true true
// expect: 40 {"a":{"dir":"left","code":97}} {"4":1,"6":2}
// expect: [{"user":"fred","age":40,"active":false}] [{"user":"pebbles","age":1,"active":true}] [false,true,false] {"user":"fred","age":40,"active":false} 1
// expect: [3,6] [2,3] 2
// expect: [10,20,"a","b"] 12 3 7 "ba"
// expect: true true false true ["1"] 40 [2]
// expect: ["pebbles","barney","fred"] [3,1,2] ["fred","barney","pebbles"]
// expect: ["fred","pebbles","barney"] ["fred","barney","pebbles"]
// expect: ["pebbles","barney","fred"] [40,36,1] [40,36,1] [1,36,40]
// expect: 8 null {"user":"fred","age":40,"active":false} "fred" 9 2 null "pebbles" null
// expect: 10 0 3 3 77 30
// expect: {"4":[4.2],"6":[6.1,6.4]} {"3":["one","two"],"5":["three"]} [[1,3],[2]] 1 3
// expect: [[1,5,7],[1,2,3]] [["1","2","3"],["4","5","6"]] [1] {"true":[{"user":"barney","age":36,"active":true},{"user":"pebbles","age":1,"active":true}],"false":[{"user":"fred","age":40,"active":false}]}
