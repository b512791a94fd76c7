// lodash 3 random, shuffle and sample(collection, n), with Math.random replaced before lodash loads.
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
const sequence = [0.1, 0.9, 0.5, 0.25, 0.75, 0.0, 0.999, 0.3333];
let next = 0;
Math.random = function () { return sequence[next++ % sequence.length]; };
p(_.random(0, 5), _.random(5), _.random(1.2, 5.2), _.random(), _.random(true), _.random(5, 0), _.random(1, 2, true), _.random(-3, 3), _.random('2', '4'), _.random(5, true));
p(_.shuffle([1, 2, 3, 4]), _.shuffle({ a: 1, b: 2 }), _.shuffle(null));
p(_.sample([1, 2, 3, 4]), _.sample({ a: 1, b: 2 }), _.sample([]), _.sample([1, 2, 3], 2), _.sample([1, 2, 3], 5), _.sample([1, 2, 3], 0));
// expect: 0 5 3.205 0 0.7507499999999999 5 1.9990999 -1 2 4.509
// expect: [3,2,4,1] [2,1] []
// expect: 1 2 undefined [2,1] [3,2,1] []
