// Functions only lodash 4 has are absent from the global _ (lodash 3), as in Postman, and fail like Node.
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
console.log(typeof _.keyBy, typeof _.flatMap, typeof _.isNil, typeof _.castArray, typeof _.padStart, typeof _.truncate, typeof _.orderBy, typeof _.sumBy, typeof _.fromPairs, typeof _.uniqBy, typeof _.invokeMap, typeof _.toPairs, typeof _.upperFirst);
console.log(typeof _.pluck, typeof _.where, typeof _.contains, typeof _.indexBy, typeof _.trunc, typeof _.padLeft, typeof _.sortByOrder, typeof _.callback, typeof _.support, typeof _.templateSettings);
try { _.keyBy([{ id: 1 }], 'id'); } catch (e) { console.log(e.name, e.message); }
try { _.isNil(null); } catch (e) { console.log(e.name, e.message); }
// expect: undefined undefined undefined undefined undefined undefined undefined undefined undefined undefined undefined undefined undefined
// expect: function function function function function function function function object object
// expect: TypeError _.keyBy is not a function
// expect: TypeError _.isNil is not a function
