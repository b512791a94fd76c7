const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// lodash 4 function helpers: call limits, memoize, partial application, currying, composition and argument shaping.
let calls = 0;
const init = L.once(function (x) { calls++; return x * 2; });
p(init(2), init(5), calls);
const twice = L.before(3, function (x) { return x; });
p(twice(1), twice(2), twice(3), twice(4));
const done = L.after(2, function () { return 'done'; });
p(done(), done(), done());
const square = L.memoize(function (n) { calls++; return n * n; });
p(square(3), square(3), calls, square.cache.has(3), square.cache.get(3));
const byKey = L.memoize(function (a, b) { return a + b; }, function (a, b) { return a + '-' + b; });
p(byKey(1, 2), byKey(1, 3), byKey.cache.get('1-3'));
square.cache.set(4, 'cached');
p(square(4));
const isEven = function (n) { return n % 2 == 0; };
p(L.filter([1, 2, 3, 4, 5, 6], L.negate(isEven)));
const greet = function (greeting, punctuation, name) { return greeting + ' ' + name + punctuation; };
p(L.partial(greet, 'hi', '!')('fred'), L.partial(greet, L, '?')('hello', 'bob'), L.partialRight(greet, 'fred')('hi', '.'), L.partialRight(greet, '!', L)('hi', 'sam'));
const object = { user: 'fred' };
const bound = L.bind(function (greeting, punctuation) { return greeting + ' ' + this.user + punctuation; }, object, 'hi');
p(bound('!'), L.bind(function (a, b) { return [this.user, a, b]; }, object, L, 'b')('a'));
const abc = function (a, b, c) { return [a, b, c]; };
const curried = L.curry(abc);
p(curried(1)(2)(3), curried(1, 2)(3), curried(1, 2, 3), curried(1)(L, 3)(2), L.curry(abc, 2)(1)(2), L.curryRight(abc)(3)(2)(1));
const addSquare = L.flow([L.add, function (n) { return n * n; }]);
p(addSquare(1, 2), L.flow(L.add, String)(2, 3), L.flowRight(String, L.add)(1, 1), L.flow()(7));
p(L.ary(parseInt, 1)('10', 2), L.map(['6', '8', '10'], L.unary(parseInt)), L.rest(function (what, names) { return what + ' ' + names.join(', '); })('hello', 'a', 'b'), L.spread(function (who, what) { return who + ' says ' + what; })(['fred', 'hello']));
p(L.wrap(L.escape, function (func, text) { return '<p>' + func(text) + '</p>'; })('a & b'), L.flip(function () { return Array.prototype.slice.call(arguments); })(1, 2, 3));
p(L.attempt(function (x) { return x + 1; }, 1), L.isError(L.attempt(function () { throw new Error('boom'); })), L.attempt(function () { throw new Error('boom'); }).message);
try { L.once(5); } catch (e) { console.log(e.name, e.message); }
try { L.memoize(null); } catch (e) { console.log(e.name, e.message); }
try { L.negate('x'); } catch (e) { console.log(e.name, e.message); }
// expect: 4 4 1
// expect: 1 2 2 2
// expect: undefined "done" "done"
// expect: 9 9 2 true 9
// expect: 3 4 4
// expect: "cached"
// expect: [1,3,5]
// expect: "hi fred!" "hello bob?" "hi fred." "hi sam!"
// expect: "hi fred!" ["fred","a","b"]
// expect: [1,2,3] [1,2,3] [1,2,3] [1,2,3] [1,2,null] [1,2,3]
// expect: 9 "5" "2" 7
// expect: 10 [6,8,10] "hello a, b" "fred says hello"
// expect: "<p>a &amp; b</p>" [3,2,1]
// expect: 2 true "boom"
// expect: TypeError Expected a function
// expect: TypeError Expected a function
// expect: TypeError Expected a function
