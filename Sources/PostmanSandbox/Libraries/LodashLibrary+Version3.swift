extension LodashLibrary {
    /// lodash 3's own units: its version, chain rules, old names and the functions that behave differently.
    static let version3 = ##"""
//- VERSION
'3.10.2'
//- $unchained
function unchainedNames() {
  // The methods whose wrapper returns a plain value unless the chain is explicit (`_.chain`).
  var names = {};
  'add all any attempt camelCase capitalize ceil clone cloneDeep contains deburr detect endsWith eq escape escapeRegExp every find findIndex findKey findLast findLastIndex findLastKey findWhere first floor foldl foldr get gt gte has head identity inRange include includes indexOf inject isArguments isArray isBoolean isDate isElement isEmpty isEqual isError isFinite isFunction isMatch isNaN isNative isNull isNumber isObject isPlainObject isRegExp isString isTypedArray isUndefined kebabCase last lastIndexOf lt lte max min noConflict noop now pad padLeft padRight parseInt random reduce reduceRight repeat result round runInContext sample size snakeCase some sortedIndex sortedLastIndex startCase startsWith sum template trim trimLeft trimRight trunc unescape uniqueId words'.split(' ').forEach(function (name) { names[name] = true; });
  return names;
}()
//- $iteratee
function baseCallback(func, thisArg) {
  var type = typeof func;
  if (type == 'function') {
    return thisArg === undefined ? func : function () { return func.apply(thisArg, arguments); };
  }
  if (func == null) return lib.identity;
  if (type == 'object') return lib.matches(func);
  return thisArg === undefined ? lib.property(func) : lib.matchesProperty(func, thisArg);
}
//- callback
function callback(func, thisArg) {
  return lib.$iteratee(func, thisArg);
}
//- iteratee
function iteratee(func, thisArg) {
  return lib.$iteratee(func, thisArg);
}
//- restParam
function restParam(func, start) {
  return lib.$restParam(func, start);
}
//- rest
function rest(array) {
  return lib.tail(array);
}
//- find
function find(collection, predicate, thisArg) {
  var func = lib.$iteratee(predicate, thisArg), found;
  lib.$each(collection, function (value, key, all) {
    if (func(value, key, all)) { found = value; return false; }
  });
  return found;
}
//- findLast
function findLast(collection, predicate, thisArg) {
  var func = lib.$iteratee(predicate, thisArg), found;
  lib.$eachRight(collection, function (value, key, all) {
    if (func(value, key, all)) { found = value; return false; }
  });
  return found;
}
//- findIndex
function findIndex(array, predicate, thisArg) {
  var func = lib.$iteratee(predicate, thisArg), length = array == null ? 0 : array.length;
  for (var i = 0; i < length; i++) if (func(array[i], i, array)) return i;
  return -1;
}
//- findLastIndex
function findLastIndex(array, predicate, thisArg) {
  var func = lib.$iteratee(predicate, thisArg), length = array == null ? 0 : array.length;
  for (var i = length - 1; i >= 0; i--) if (func(array[i], i, array)) return i;
  return -1;
}
//- findWhere
function findWhere(collection, source) {
  return lib.find(collection, lib.matches(source));
}
//- where
function where(collection, source) {
  return lib.filter(collection, lib.matches(source));
}
//- pluck
function pluck(collection, path) {
  return lib.map(collection, lib.property(path));
}
//- contains
function contains(collection, target, fromIndex, guard) {
  return lib.includes(collection, target, fromIndex, guard);
}
//- include
function include(collection, target, fromIndex, guard) {
  return lib.includes(collection, target, fromIndex, guard);
}
//- all
function all(collection, predicate, thisArg) {
  return lib.every(collection, predicate, thisArg);
}
//- any
function any(collection, predicate, thisArg) {
  return lib.some(collection, predicate, thisArg);
}
//- collect
function collect(collection, iteratee, thisArg) {
  return lib.map(collection, iteratee, thisArg);
}
//- detect
function detect(collection, predicate, thisArg) {
  return lib.find(collection, predicate, thisArg);
}
//- select
function select(collection, predicate, thisArg) {
  return lib.filter(collection, predicate, thisArg);
}
//- foldl
function foldl(collection, iteratee, accumulator, thisArg) {
  return lib.reduce.apply(undefined, arguments);
}
//- inject
function inject(collection, iteratee, accumulator, thisArg) {
  return lib.reduce.apply(undefined, arguments);
}
//- foldr
function foldr(collection, iteratee, accumulator, thisArg) {
  return lib.reduceRight.apply(undefined, arguments);
}
//- unique
function unique(array, isSorted, iteratee, thisArg) {
  return lib.uniq(array, isSorted, iteratee, thisArg);
}
//- uniq
function uniq(array, isSorted, iteratee, thisArg) {
  var values = lib.$arrayOrEmpty(array);
  if (isSorted != null && typeof isSorted != 'boolean') {
    thisArg = iteratee;
    iteratee = isSorted;
    isSorted = false;
  }
  var func = iteratee == null ? lib.identity : lib.$iteratee(iteratee, thisArg);
  if (!isSorted) return lib.$uniq(values, func);
  var result = [], seen;
  values.forEach(function (value, index) {
    var computed = func(value, index, values);
    if (!index || computed !== seen) { seen = computed; result.push(value); }
  });
  return result;
}
//- indexBy
function indexBy(collection, iteratee, thisArg) {
  return lib.$groupInto(collection, iteratee, thisArg, function (result, key, value) { result[key] = value; });
}
//- pairs
function pairs(object) {
  object = Object(object);
  return lib.keys(object).map(function (key) { return [key, object[key]]; });
}
//- object
function object(props, values) {
  return lib.zipObject(props, values);
}
//- zipObject
function zipObject(props, values) {
  var result = {};
  props = props || [];
  for (var i = 0; i < props.length; i++) {
    if (values) result[props[i]] = values[i];
    else if (props[i]) result[props[i][0]] = props[i][1];
  }
  return result;
}
//- methods
function methods(object) {
  return lib.functions(object);
}
//- functions
function functions(object) {
  return lib.keysIn(object).filter(function (key) { return typeof object[key] == 'function'; }).sort();
}
//- backflow
function backflow() {
  return lib.flowRight.apply(undefined, arguments);
}
//- compose
function compose() {
  return lib.flowRight.apply(undefined, arguments);
}
//- flatten
function flatten(array, isDeep, guard) {
  return lib.$flatten(lib.$arrayOrEmpty(array), (isDeep && !guard) ? Infinity : 1);
}
//- padLeft
function padLeft(string, length, chars) {
  return lib.$padSide(string, length, chars, true);
}
//- padRight
function padRight(string, length, chars) {
  return lib.$padSide(string, length, chars, false);
}
//- pad
function pad(string, length, chars) {
  string = lib.$toString(string);
  length = +length;
  if (string.length >= length || !isFinite(length)) return string;
  var mid = (length - string.length) / 2;
  var padding = lib.$padding(Math.ceil(mid), chars == null ? ' ' : chars);
  return padding.slice(0, Math.floor(mid)) + string + padding;
}
//- $padSide
function padSide(string, length, chars, leading) {
  string = lib.$toString(string);
  length = +length;
  if (string.length >= length || !isFinite(length)) return string;
  var padding = lib.$padding(length - string.length, chars);
  return leading ? padding + string : string + padding;
}
//- $padding
function createPadding(length, chars) {
  chars = chars == null ? ' ' : String(chars);
  if (!chars) return '';
  var result = '';
  while (result.length < length) result += chars;
  return result.slice(0, length);
}
//- repeat
function repeat(string, n) {
  var result = '';
  string = lib.$toString(string);
  n = +n;
  if (n < 1 || !string || !isFinite(n)) return result;
  n = Math.floor(n);
  for (var i = 0; i < n; i++) result += string;
  return result;
}
//- trimLeft
function trimLeft(string, chars, guard) {
  return lib.$trimmer(string, chars, guard, true, false);
}
//- trimRight
function trimRight(string, chars, guard) {
  return lib.$trimmer(string, chars, guard, false, true);
}
//- trunc
function trunc(string, options, guard) {
  if (guard) options = undefined;
  var length = 30, omission = '...', separator;
  if (lib.isObject(options)) {
    separator = 'separator' in options ? options.separator : separator;
    length = 'length' in options ? (+options.length || 0) : length;
    omission = 'omission' in options ? lib.$toString(options.omission) : omission;
  } else if (options != null) {
    length = +options || 0;
  }
  return lib.$truncate(lib.$toString(string), length, omission, separator);
}
//- capitalize
function capitalize(string) {
  string = lib.$toString(string);
  return string && (string.charAt(0).toUpperCase() + string.slice(1));
}
//- $compoundWords
function compoundWords(string) {
  return lib.words(lib.deburr(string));
}
//- words
function words(string, pattern, guard) {
  if (guard) pattern = undefined;
  string = lib.$toString(string);
  var upper = '[A-Z\\xc0-\\xd6\\xd8-\\xde]', lower = '[a-z\\xdf-\\xf6\\xf8-\\xff]+';
  return string.match(pattern || new RegExp(upper + '+(?=' + upper + lower + ')|' + upper + '?' + lower + '|' + upper + '+|[0-9]+', 'g')) || [];
}
//- escape
function escape(string) {
  var map = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };
  return lib.$toString(string).replace(/[&<>"'`]/g, function (chr) { return map[chr]; });
}
//- unescape
function unescape(string) {
  var map = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#96;': '`' };
  return lib.$toString(string).replace(/&(?:amp|lt|gt|quot|#39|#96);/g, function (entity) { return map[entity]; });
}
//- escapeRegExp
function escapeRegExp(string) {
  var escapes = { '\n': 'n', '\r': 'r', '\u2028': 'u2028', '\u2029': 'u2029' };
  return lib.$toString(string).replace(/^[:!,]|[\\^$.*+?()[\]{}|\/]|(^[0-9a-fA-Fnrtuvx])|([\n\r\u2028\u2029])/g,
    function (chr, leadingChar, whitespaceChar) {
      if (leadingChar) return '\\x' + ('0' + leadingChar.charCodeAt(0).toString(16)).slice(-2);
      if (whitespaceChar) return '\\' + escapes[whitespaceChar];
      return '\\' + chr;
    });
}
//- max
function max(collection, iteratee, thisArg) {
  return lib.$extremum3(collection, iteratee, thisArg, -Infinity, function (a, b) { return a > b; });
}
//- min
function min(collection, iteratee, thisArg) {
  return lib.$extremum3(collection, iteratee, thisArg, Infinity, function (a, b) { return a < b; });
}
//- $extremum3
function extremum(collection, iteratee, thisArg, start, isBetter) {
  if (thisArg != null && thisArg[iteratee] === collection) iteratee = undefined;
  var result = start;
  if (iteratee == null && Array.isArray(collection)) {
    collection.forEach(function (value) { if (isBetter(value, result)) result = value; });
    return result;
  }
  var func = lib.$iteratee(iteratee, thisArg), computed = start;
  lib.$each(collection, function (value, key, all) {
    var current = +func(value, key, all);
    if (isBetter(current, computed) || (current === start && current === result)) {
      computed = current;
      result = value;
    }
  });
  return result;
}
//- sum
function sum(collection, iteratee, thisArg) {
  var func = iteratee == null ? lib.identity : lib.$iteratee(iteratee, thisArg), result = 0;
  lib.$each(collection, function (value, key, all) { result += +func(value, key, all) || 0; });
  return result;
}
//- add
function add(augend, addend) {
  return (+augend || 0) + (+addend || 0);
}
//- sortBy
function sortBy(collection, iteratee, thisArg) {
  if (collection == null) return [];
  var func = lib.$iteratee(iteratee, thisArg);
  return lib.$orderBy(collection, [func], []);
}
//- sortByAll
function sortByAll(collection) {
  if (collection == null) return [];
  return lib.$orderBy(collection, lib.$flatten(lib.$slice(arguments, 1), 1), []);
}
//- sortByOrder
function sortByOrder(collection, iteratees, orders) {
  if (collection == null) return [];
  if (!Array.isArray(iteratees)) iteratees = iteratees == null ? [] : [iteratees];
  if (!Array.isArray(orders)) orders = orders == null ? [] : [orders];
  return lib.$orderBy(collection, iteratees, orders.map(function (order) { return (order === 'asc' || order === true) ? 1 : -1; }));
}
//- sample
function sample(collection, n, guard) {
  if (guard || n == null) {
    var values = lib.$isArrayLike(collection) ? collection : lib.values(collection);
    return values.length ? values[Math.floor(Math.random() * values.length)] : undefined;
  }
  var values = lib.$isArrayLike(collection) ? Array.prototype.slice.call(Object(collection)) : lib.values(collection);
  return lib.$shuffleSelf(values, Math.min(n < 0 ? 0 : (+n || 0), values.length));
}
//- random
function random(min, max, floating) {
  var noMin = min == null, noMax = max == null;
  if (floating == null) {
    if (noMax && typeof min == 'boolean') { floating = min; min = 1; }
    else if (typeof max == 'boolean') { floating = max; noMax = true; }
  }
  if (noMin && noMax) { max = 1; noMax = false; }
  min = +min || 0;
  if (noMax) { max = min; min = 0; } else max = +max || 0;
  return lib.$random(min, max, floating);
}
//- range
function range(start, end, step) {
  start = +start || 0;
  step = step == null ? 1 : (+step || 0);
  if (end == null) { end = start; start = 0; } else end = +end || 0;
  var length = Math.max(Math.ceil((end - start) / (step || 1)), 0), result = [];
  for (var i = 0; i < length; i++) { result.push(start); start += step; }
  return result;
}
//- times
function times(n, iteratee, thisArg) {
  n = Math.floor(n);
  if (n < 1 || !isFinite(n)) return [];
  var func = lib.$castFunction(iteratee, thisArg), result = [];
  for (var i = 0; i < n; i++) result.push(func(i));
  return result;
}
//- inRange
function inRange(value, start, end) {
  start = +start || 0;
  if (end === undefined) { end = start; start = 0; } else end = +end || 0;
  return value >= Math.min(start, end) && value < Math.max(start, end);
}
//- chunk
function chunk(array, size, guard) {
  size = (guard || size == null) ? 1 : Math.max(Math.floor(size) || 1, 1);
  var values = lib.$arrayOrEmpty(array), result = [];
  for (var i = 0; i < values.length; i += size) result.push(values.slice(i, i + size));
  return result;
}
//- clone
function clone(value, isDeep, customizer, thisArg) {
  if (isDeep && typeof isDeep != 'boolean') {
    if (thisArg && thisArg[isDeep] === value) isDeep = false;
    else { thisArg = customizer; customizer = isDeep; isDeep = false; }
  }
  var func = typeof customizer == 'function' ? lib.$iteratee(customizer, thisArg) : undefined;
  return lib.$clone(value, !!isDeep, func, []);
}
//- cloneDeep
function cloneDeep(value, customizer, thisArg) {
  var func = typeof customizer == 'function' ? lib.$iteratee(customizer, thisArg) : undefined;
  return lib.$clone(value, true, func, []);
}
//- isEqual
function isEqual(value, other, customizer, thisArg) {
  var func = typeof customizer == 'function' ? lib.$iteratee(customizer, thisArg) : undefined;
  var result = func ? func(value, other) : undefined;
  return result === undefined ? lib.$isEqual(value, other, func, []) : !!result;
}
//- pick
function pick(object, predicate, thisArg) {
  var result = {};
  if (object == null) return result;
  if (typeof predicate == 'function') {
    var func = lib.$iteratee(predicate, thisArg);
    lib.forIn(object, function (value, key, all) { if (func(value, key, all)) result[key] = value; });
    return result;
  }
  object = Object(object);
  lib.$flatten(lib.$slice(arguments, 1), Infinity).forEach(function (key) {
    if (key in object) result[key] = object[key];
  });
  return result;
}
//- omit
function omit(object, predicate, thisArg) {
  var result = {};
  if (object == null) return result;
  if (typeof predicate == 'function') {
    var func = lib.$iteratee(predicate, thisArg);
    lib.forIn(object, function (value, key, all) { if (!func(value, key, all)) result[key] = value; });
    return result;
  }
  var props = lib.$flatten(lib.$slice(arguments, 1), Infinity).map(String);
  lib.keysIn(object).forEach(function (key) {
    if (props.indexOf(key) < 0) result[key] = object[key];
  });
  return result;
}
//- assign
function assign(object) {
  var args = lib.$slice(arguments, 1), customizer;
  if (args.length > 1 && typeof args[args.length - 2] == 'function') {
    var thisArg = args.pop();
    customizer = lib.$iteratee(args.pop(), thisArg);
  } else if (args.length > 0 && typeof args[args.length - 1] == 'function') {
    customizer = args.pop();
  }
  object = Object(object);
  args.forEach(function (source) {
    if (source == null) return;
    lib.keys(source).forEach(function (key) {
      var value = source[key];
      if (customizer) value = customizer(object[key], value, key, object, source);
      object[key] = value;
    });
  });
  return object;
}
//- extend
function extend() {
  return lib.assign.apply(undefined, arguments);
}
//- defaults
function defaults(object) {
  object = Object(object);
  lib.$slice(arguments, 1).forEach(function (source) {
    if (source == null) return;
    lib.keys(source).forEach(function (key) {
      if (object[key] === undefined) object[key] = source[key];
    });
  });
  return object;
}
//- invoke
function invoke(collection, path) {
  var args = lib.$slice(arguments, 2);
  return lib.$invokeMap.apply(undefined, [collection, path].concat(args));
}
//- sortedIndex
function sortedIndex(array, value, iteratee, thisArg) {
  return lib.$sortedIndex(array, value, iteratee == null ? lib.identity : lib.$iteratee(iteratee, thisArg), false);
}
//- sortedLastIndex
function sortedLastIndex(array, value, iteratee, thisArg) {
  return lib.$sortedIndex(array, value, iteratee == null ? lib.identity : lib.$iteratee(iteratee, thisArg), true);
}
//- support
{}
//- method
function method(path) {
  var args = lib.$slice(arguments, 1);
  return function (object) { return lib.methodOf.apply(undefined, [object].concat(args))(path); };
}
"""##
}
