// lodash 3 utilities: range with a default step of 1, times with thisArg, add, inRange, callback and chaining.
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
p(_.range(4), _.range(1, 5), _.range(0, 20, 5), _.range(5, 1), _.range(0, -4, -1), _.range(-4), _.range(1, 4, 0));
p(_.times(3, function (n) { return n * this.k; }, { k: 2 }), _.times(3), _.times(-1), _.times(2.7, String), _.uniqueId('id_'), _.uniqueId());
p(_.add(6, 4), _.add('6', 4), _.add(), _.inRange(3, 2, 4), _.inRange(4, 8), _.inRange(-3, -2, -6), _.round(4.006, 2), _.floor(4.006), _.ceil(4.006, 2));
p(_.filter([{ a: 1 }, { a: 2 }], _.callback({ a: 2 })), _.map([{ a: 1 }], _.callback('a')), _.filter([{ a: 1 }, { a: 2 }], _.callback('a', 1)), _.callback(function (n) { return n * this.k; }, { k: 3 })(2), _.iteratee('a')({ a: 9 }));
p(_.identity(1), _.constant(2)(), _.noop(), _.property('a.b')({ a: { b: 3 } }), _.matches({ a: 1 })({ a: 1, b: 2 }), _.matchesProperty('a', 1)({ a: 1 }), _.now(), typeof _.support, _.isFinite('3'), _.isNaN(NaN));
const users = [{ user: 'barney', age: 36 }, { user: 'fred', age: 40 }, { user: 'pebbles', age: 1 }];
p(_(users).sortBy('age').pluck('user').first(), _.chain(users).sortBy('age').pluck('user').first().value(), _([1, 2, 3]).map(function (n) { return n * 2; }).value(), _([1, 2, 3]).sum(), _([1, 2]).run());
p(_([1, 2, 3]).max(), _('abc').words(), _([1, 2]).contains(1), _({ a: 1 }).keys().value(), _([3, 1]).sortBy().value(), _([1]) instanceof _, _.chain([1, 2]).reverse().value());
const once = _.once(function (n) { return n; });
p(once(1), once(2), _.memoize(function (n) { return n + 1; })(1), _.partial(function (a, b) { return a + b; }, 'x')('y'), _.restParam(function (a, rest) { return rest; })(1, 2, 3), _.flow(_.add, String)(1, 2), _.backflow(String, _.add)(1, 1), _.compose(String)(5));
p(_.bind(function (x) { return this.v + x; }, { v: 1 })(2), _.curry(function (a, b, c) { return a + b + c; })(1)(2)(3), _.negate(Boolean)(0), _.after(1, _.constant('x'))(), _.before(2, _.constant('y'))(), _.spread(Math.max)([1, 3, 2]));
// expect: [0,1,2,3] [1,2,3,4] [0,5,10,15] [] [0,-1,-2,-3] [] [1,1,1]
// expect: [0,2,4] [0,1,2] [] ["0","1"] "id_1" "2"
// expect: 10 10 0 true true true 4.01 4 4.01
// expect: [{"a":2}] [1] [{"a":1}] 6 9
// expect: 1 2 undefined 3 true true 1700000000000 "object" false true
// expect: "pebbles" "pebbles" [2,4,6] 6 [1,2]
// expect: 3 ["abc"] true ["a"] [1,3] true [2,1]
// expect: 1 1 2 "xy" [2,3] "3" "2" "5"
// expect: 3 6 true "x" "y" 3
