extension LodashLibrary {
    /// The utility functions (lodash's "Util" category) both versions share.
    static let utilities = ##"""
//- identity
function identity(value) {
  return value;
}
//- noop
function noop() {}
//- constant
function constant(value) {
  return function () { return value; };
}
//- now
function now() {
  return Date.now();
}
//- property
function property(path) {
  return function (object) { return object == null ? undefined : lib.$get(object, path); };
}
//- propertyOf
function propertyOf(object) {
  return function (path) { return object == null ? undefined : lib.$get(object, path); };
}
//- matches
function matches(source) {
  var copy = lib.cloneDeep(source);
  return function (object) { return object === copy || lib.$isMatch(object, copy); };
}
//- matchesProperty
function matchesProperty(path, srcValue) {
  var copy = lib.cloneDeep(srcValue);
  return function (object) {
    var objValue = lib.get(object, path);
    return (objValue === undefined && objValue === copy) ? lib.$hasIn(object, path) : lib.$isMatchValue(objValue, copy);
  };
}
//- iteratee
function iteratee(func) {
  return lib.$iteratee(typeof func == 'function' ? func : lib.cloneDeep(func));
}
//- $iteratee
function baseIteratee(value) {
  if (typeof value == 'function') return value;
  if (value == null) return lib.identity;
  if (typeof value == 'object') return Array.isArray(value) ? lib.matchesProperty(value[0], value[1]) : lib.matches(value);
  return lib.property(value);
}
//- attempt
function attempt(func) {
  try {
    return func.apply(undefined, lib.$slice(arguments, 1));
  } catch (error) {
    return lib.isError(error) ? error : new Error(error);
  }
}
//- uniqueId
function uniqueId(prefix) {
  var id = ++lib.$idCounter.count;
  return lib.$toString(prefix) + id;
}
//- $idCounter
{ count: 0 }
//- times
function times(n, iteratee) {
  n = lib.$toInteger(n);
  if (n < 1 || n > 9007199254740991) return [];
  var func = lib.$castFunction(iteratee), result = [];
  for (var i = 0; i < Math.min(n, 4294967295); i++) result.push(func(i));
  return result;
}
//- range
function range(start, end, step) {
  return lib.$range(start, end, step, false);
}
//- $range
function baseRange(start, end, step, fromRight) {
  start = lib.$toFinite(start);
  if (end === undefined) { end = start; start = 0; } else end = lib.$toFinite(end);
  step = step === undefined ? (start < end ? 1 : -1) : lib.$toFinite(step);
  var length = Math.max(Math.ceil((end - start) / (step || 1)), 0), result = new Array(length), index = -1;
  while (length--) { result[fromRight ? length : ++index] = start; start += step; }
  return result;
}
//- random
function random(lower, upper, floating) {
  if (floating === undefined) {
    if (typeof upper == 'boolean') { floating = upper; upper = undefined; }
    else if (typeof lower == 'boolean') { floating = lower; lower = undefined; }
  }
  if (lower === undefined && upper === undefined) { lower = 0; upper = 1; }
  else {
    lower = lib.$toFinite(lower);
    if (upper === undefined) { upper = lower; lower = 0; } else upper = lib.$toFinite(upper);
  }
  if (lower > upper) { var swap = lower; lower = upper; upper = swap; }
  return lib.$random(lower, upper, floating);
}
//- inRange
function inRange(number, start, end) {
  start = lib.$toFinite(start);
  if (end === undefined) { end = start; start = 0; } else end = lib.$toFinite(end);
  number = lib.$toNumber(number);
  return number >= Math.min(start, end) && number < Math.max(start, end);
}
//- $extremum
function baseExtremum(array, func, isBetter) {
  var result, computed;
  if (array == null) return result;
  for (var i = 0; i < array.length; i++) {
    var value = array[i], current = func(value);
    if (current != null && (computed === undefined ? (current === current && typeof current != 'symbol') : isBetter(current, computed))) {
      computed = current;
      result = value;
    }
  }
  return result;
}
//- max
function max(array) {
  return lib.$extremum(array, lib.identity, lib.gt);
}
//- min
function min(array) {
  return lib.$extremum(array, lib.identity, lib.lt);
}
//- $sum
function baseSum(array, func) {
  var result;
  for (var i = 0; i < array.length; i++) {
    var current = func(array[i]);
    if (current !== undefined) result = result === undefined ? current : (result + current);
  }
  return result;
}
//- sum
function sum(array) {
  return (array && array.length) ? lib.$sum(array, lib.identity) : 0;
}
//- $arithmetic
function createMathOperation(operator, defaultValue) {
  return function (value, other) {
    if (value === undefined && other === undefined) return defaultValue;
    if (value !== undefined && other === undefined) return value;
    if (value === undefined) return other;
    if (typeof value == 'string' || typeof other == 'string') {
      value = lib.$toString(value);
      other = lib.$toString(other);
    } else {
      value = lib.$toNumber(value);
      other = lib.$toNumber(other);
    }
    return operator(value, other);
  };
}
//- add
lib.$arithmetic(function (a, b) { return a + b; }, 0)
//- $round
function createRound(methodName) {
  var func = Math[methodName];
  return function (number, precision) {
    number = lib.$toNumber(number);
    precision = precision == null ? 0 : Math.min(lib.$toInteger(precision), 292);
    if (precision && isFinite(number)) {
      var pair = (lib.$toString(number) + 'e').split('e');
      var value = func(pair[0] + 'e' + (+pair[1] + precision));
      pair = (lib.$toString(value) + 'e').split('e');
      return +(pair[0] + 'e' + (+pair[1] - precision));
    }
    return func(number);
  };
}
//- round
lib.$round('round')
//- floor
lib.$round('floor')
//- ceil
lib.$round('ceil')
//- noConflict
function noConflict() {
  return lib.module;
}
//- methodOf
function methodOf(object) {
  var args = lib.$slice(arguments, 1);
  return function (path) {
    path = lib.$castPath(path, object);
    var parent = path.length < 2 ? object : lib.$get(object, path.slice(0, -1));
    var func = parent == null ? undefined : parent[lib.$toKey(path[path.length - 1])];
    return func == null ? undefined : func.apply(parent, args);
  };
}
"""##

    /// Utility functions only lodash 4 has.
    static let utilities4 = ##"""
//- defaultTo
function defaultTo(value, defaultValue) {
  return (value == null || value !== value) ? defaultValue : value;
}
//- rangeRight
function rangeRight(start, end, step) {
  return lib.$range(start, end, step, true);
}
//- clamp
function clamp(number, lower, upper) {
  if (upper === undefined) { upper = lower; lower = undefined; }
  if (upper !== undefined) { upper = lib.$toNumber(upper); upper = upper === upper ? upper : 0; }
  if (lower !== undefined) { lower = lib.$toNumber(lower); lower = lower === lower ? lower : 0; }
  number = lib.$toNumber(number);
  if (number === number) {
    if (upper !== undefined) number = number <= upper ? number : upper;
    if (lower !== undefined) number = number >= lower ? number : lower;
  }
  return number;
}
//- maxBy
function maxBy(array, iteratee) {
  return lib.$extremum(array, lib.$iteratee(iteratee), lib.gt);
}
//- minBy
function minBy(array, iteratee) {
  return lib.$extremum(array, lib.$iteratee(iteratee), lib.lt);
}
//- sumBy
function sumBy(array, iteratee) {
  return (array && array.length) ? lib.$sum(array, lib.$iteratee(iteratee)) : 0;
}
//- mean
function mean(array) {
  return lib.meanBy(array, lib.identity);
}
//- meanBy
function meanBy(array, iteratee) {
  var length = array == null ? 0 : array.length;
  return length ? (lib.$sum(array, lib.$iteratee(iteratee)) / length) : NaN;
}
//- subtract
lib.$arithmetic(function (a, b) { return a - b; }, 0)
//- multiply
lib.$arithmetic(function (a, b) { return a * b; }, 1)
//- divide
lib.$arithmetic(function (a, b) { return a / b; }, 1)
//- nthArg
function nthArg(n) {
  n = lib.$toInteger(n);
  return function () { return lib.nth(arguments, n); };
}
//- over
function over() {
  var funcs = lib.$flatten(lib.$slice(arguments, 0), 1).map(function (f) { return lib.$iteratee(f); });
  return function () {
    var self = this, args = arguments;
    return funcs.map(function (f) { return f.apply(self, args); });
  };
}
//- overEvery
function overEvery() {
  var funcs = lib.$flatten(lib.$slice(arguments, 0), 1).map(function (f) { return lib.$iteratee(f); });
  return function () {
    var self = this, args = arguments;
    return funcs.every(function (f) { return f.apply(self, args); });
  };
}
//- overSome
function overSome() {
  var funcs = lib.$flatten(lib.$slice(arguments, 0), 1).map(function (f) { return lib.$iteratee(f); });
  return function () {
    var self = this, args = arguments;
    return funcs.some(function (f) { return f.apply(self, args); });
  };
}
//- cond
function cond(pairs) {
  pairs = pairs == null ? [] : pairs.map(function (pair) { return [lib.$iteratee(pair[0]), pair[1]]; });
  return function () {
    for (var i = 0; i < pairs.length; i++) {
      if (pairs[i][0].apply(this, arguments)) return pairs[i][1].apply(this, arguments);
    }
  };
}
//- conforms
function conforms(source) {
  var props = lib.keys(source);
  return function (object) {
    if (object == null) return !props.length;
    object = Object(object);
    return props.every(function (key) { return key in object && source[key](object[key]); });
  };
}
//- stubArray
function stubArray() { return []; }
//- stubFalse
function stubFalse() { return false; }
//- stubObject
function stubObject() { return {}; }
//- stubString
function stubString() { return ''; }
//- stubTrue
function stubTrue() { return true; }
//- conformsTo
function conformsTo(object, source) {
  return source == null || lib.conforms(source)(object);
}
"""##
}
