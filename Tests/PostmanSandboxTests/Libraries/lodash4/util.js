// lodash 4 math and utility functions: ranges, sums, extremes, clamping, ids and the iteratee builders.
const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
p(L.range(4), L.range(-4), L.range(1, 5), L.range(0, 20, 5), L.range(0, -4, -1), L.range(1, 4, 0), L.range(0), L.range(5, 1), L.range(0, 1, 0.25), L.range('3'));
p(L.rangeRight(4), L.rangeRight(1, 5), L.rangeRight(0, 20, 5), L.rangeRight(0));
p(L.times(3, String), L.times(4, L.constant(0)), L.times(2), L.times(-1), L.times('2', function (i) { return i * 2; }));
p(L.uniqueId('contact_'), L.uniqueId(), L.uniqueId('x'), L.uniqueId(null));
p(L.sum([4, 2, 8, 6]), L.sum([]), L.sum(null), L.sum(['1', 2]), L.sum([1, undefined, 2]), L.sumBy([{ n: 4 }, { n: 2 }], 'n'), L.sumBy([{ n: 4 }, { n: 2 }], function (o) { return o.n * 2; }));
p(L.max([4, 2, 8, 6]), L.max([]), L.max(null), L.max(['a', 'c', 'b']), L.max([1, NaN, 3]), L.maxBy([{ n: 1 }, { n: 2 }], 'n'), L.maxBy([{ n: 1 }, { n: 2 }], function (o) { return -o.n; }), L.maxBy([], 'n'));
p(L.min([4, 2, 8, 6]), L.min([]), L.min([null, 2, undefined]), L.minBy([{ n: 1 }, { n: 2 }], 'n'), L.mean([4, 2, 8, 6]), L.mean([]), L.meanBy([{ n: 4 }, { n: 2 }], 'n'));
p(L.clamp(-10, -5, 5), L.clamp(10, -5, 5), L.clamp(3, 5), L.clamp(NaN, 1, 2), L.clamp('7', '1', '5'), L.clamp(1));
p(L.inRange(3, 2, 4), L.inRange(4, 8), L.inRange(4, 2), L.inRange(2, 2), L.inRange(1.2, 2), L.inRange(5.2, 4), L.inRange(-3, -2, -6));
p(L.add(6, 4), L.add('6', 4), L.add(), L.add(1), L.subtract(6, 4), L.multiply(6, 4), L.divide(6, 4), L.round(4.006), L.round(4.006, 2), L.round(4060, -2), L.floor(0.046, 2), L.ceil(4.006, 2), L.floor(-4.5));
p(L.identity(3), L.noop(1), L.constant({ a: 1 })(), L.now(), L.defaultTo(1, 10), L.defaultTo(undefined, 10), L.defaultTo(NaN, 10), L.defaultTo(null, 10));
p(L.map([{ a: { b: 2 } }, { a: { b: 1 } }], L.property('a.b')), L.map([{ a: { b: 2 } }], L.property(['a', 'b'])), L.map(['a[0]', 'b'], L.propertyOf({ a: [1], b: 2 })));
p(L.filter([{ a: 1 }, { a: 2 }], L.iteratee({ a: 2 })), L.map([{ a: 1 }], L.iteratee('a')), L.filter([{ a: 1 }, { a: 2 }], L.iteratee(['a', 1])), L.iteratee(null)(5), L.map([1, 2], L.iteratee(function (n) { return n * 3; })));
p(L.map([[1, 2], [3, 4]], L.nthArg(1)), L.nthArg(-1)(1, 2, 3), L.over([Math.max, Math.min])(1, 2, 3, 4), L.overEvery([Boolean, isFinite])('1'), L.overSome([Boolean, isFinite])(null));
const func = L.cond([[L.matches({ a: 1 }), L.constant('matches A')], [L.conforms({ b: L.isNumber }), L.constant('matches B')], [L.stubTrue, L.constant('no match')]]);
p(func({ a: 1, b: 2 }), func({ a: 0, b: 1 }), func({ a: '1', b: '2' }), L.stubArray(), L.stubObject(), L.stubString(), L.stubFalse(), L.stubTrue());
const mixed = L.mixin({ vowels: function (string) { return L.filter(string, function (v) { return /[aeiou]/i.test(v); }); } });
p(mixed === L, L.vowels('fred'), L('fred').vowels().value(), L.chain('fred').vowels().value());
// expect: [0,1,2,3] [0,-1,-2,-3] [1,2,3,4] [0,5,10,15] [0,-1,-2,-3] [1,1,1] [] [5,4,3,2] [0,0.25,0.5,0.75] [0,1,2]
// expect: [3,2,1,0] [4,3,2,1] [15,10,5,0] []
// expect: ["0","1","2"] [0,0,0,0] [0,1] [] [0,2]
// expect: "contact_1" "2" "x3" "4"
// expect: 20 0 0 "12" 3 6 12
// expect: 8 undefined undefined "c" 3 {"n":2} {"n":1} undefined
// expect: 2 undefined 2 {"n":1} 5 NaN 3
// expect: -5 5 3 NaN 5 1
// expect: true true false false true false true
// expect: 10 "64" 0 1 2 24 1.5 4 4.01 4100 0.04 4.01 -5
// expect: 3 undefined {"a":1} 1700000000000 1 10 10 10
// expect: [2,1] [2] [1,2]
// expect: [{"a":2}] [1] [{"a":1}] 5 [3,6]
// expect: [0,1] 3 [4,1] true true
// expect: "matches A" "matches B" "no match" [] {} "" false true
// expect: true ["e"] ["e"] ["e"]
