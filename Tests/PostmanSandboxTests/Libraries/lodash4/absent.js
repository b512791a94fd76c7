function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// Functions lodash 4 doesn't have (lodash 3 names) are absent, as in Node, and the version is 4's.
const L = require('lodash');
console.log(L.VERSION, typeof L.pluck, typeof L.where, typeof L.contains, typeof L.indexBy, typeof L.trunc, typeof L.padLeft, typeof L.sortByOrder, typeof L.callback, typeof L.support);
console.log(typeof L.keyBy, typeof L.flatMap, typeof L.includes, typeof L.padStart, typeof L.iteratee, typeof L.templateSettings);
try { L.pluck([{ a: 1 }], 'a'); } catch (e) { console.log(e.name, e.message); }
// expect: 4.17.21 undefined undefined undefined undefined undefined undefined undefined undefined undefined
// expect: function function function function function object
// expect: TypeError L.pluck is not a function
