function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// lodash 4 random, shuffle, sample and sampleSize, with Math.random replaced by a fixed sequence before lodash
// loads, so the picks are exact.
const sequence = [0.1, 0.9, 0.5, 0.25, 0.75, 0.0, 0.999, 0.3333];
let next = 0;
Math.random = function () { return sequence[next++ % sequence.length]; };
const L = require('lodash');
p(L.random(0, 5), L.random(5), L.random(1.2, 5.2), L.random(), L.random(true), L.random(5, 0), L.random(1, 2, true), L.random(-3, 3), L.random('2', '4'));
p(L.shuffle([1, 2, 3, 4]), L.shuffle({ a: 1, b: 2 }), L.shuffle(null), L.shuffle('ab'));
p(L.sample([1, 2, 3, 4]), L.sample({ a: 1, b: 2 }), L.sample([]), L.sample(null));
p(L.sampleSize([1, 2, 3], 2), L.sampleSize([1, 2, 3], 4), L.sampleSize([1, 2, 3]), L.sampleSize([1, 2, 3], 0), L.sampleSize([1, 2, 3], -1));
p(L.random(0, 5), L.random(0, 5), L.random(0, 5), L.random(0, 5), L.random(0, 5), L.random(0, 5), L.random(0, 5), L.random(0, 5));
// expect: 0 5 3.205 0 0.7507499999999999 0 1.9990999 -1 2
// expect: [4,3,2,1] [1,2] [] ["a","b"]
// expect: 4 2 undefined undefined
// expect: [1,3] [1,3,2] [1] [] []
// expect: 5 3 1 4 0 5 1 0
