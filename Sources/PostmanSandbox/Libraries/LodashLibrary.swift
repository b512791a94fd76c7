import JavaScriptInterpreter

/// lodash, written for Postie: `require('lodash')` is lodash 4 and the global `_` is lodash 3, as in Postman.
///
/// Every function is its own unit, so a script pays only for the functions it calls. The two versions share the
/// units whose behaviour is the same; lodash 4 adds its own functions (the `…4` parts), and lodash 3 replaces the
/// units that behave differently and adds its old names (`version3`). Functions neither version has here are
/// absent, so calling one fails as in Node: `TypeError: _.x is not a function`.
enum LodashLibrary {
    static var lodash4: ScriptLibrary {
        ScriptLibrary(
            fileName: "lodash4.js", internals, collection, array, object, lang, string, function, utilities,
            internals4, collection4, array4, object4, lang4, string4, function4, utilities4, version4, natives: natives)
    }

    static var lodash3: ScriptLibrary {
        ScriptLibrary(
            fileName: "lodash3.js", internals, collection, array, object, lang, string, function, utilities, version3,
            natives: natives)
    }

    /// Chaining, iteration, paths and the other internals both versions build on.
    static let internals = ##"""
//- module
function lodash(value) {
  if (value instanceof lodash) return value;
  return lib.$wrap(value, false);
}
//- $wrap
function wrap(value, chained) {
  var lodash = lib.module;
  lib.$wrapperMethods();
  var wrapper = Object.create(lodash.prototype);
  wrapper.__wrapped__ = value;
  wrapper.__chain__ = !!chained;
  return wrapper;
}
//- $wrapperMethods
function installWrapperMethods() {
  // Runs once, on the first wrapped value: every function on `_` gets a chaining twin on the prototype.
  var lodash = lib.module;
  var proto = lodash.prototype;
  Object.keys(lodash).forEach(function (name) {
    if (!Object.prototype.hasOwnProperty.call(proto, name)) proto[name] = lib.$wrapperMethod(name);
  });
  var own = {
    value: function () { return this.__wrapped__; },
    chain: function () { return lib.$wrap(this.__wrapped__, true); },
    toString: function () { return String(this.__wrapped__); },
    commit: function () { return lib.$wrap(this.__wrapped__, this.__chain__); }
  };
  own.valueOf = own.toJSON = own.run = own.value;
  ['pop', 'shift', 'join'].forEach(function (name) {
    own[name] = function () {
      var result = Array.prototype[name].apply(this.__wrapped__, arguments);
      return this.__chain__ ? lib.$wrap(result, true) : result;
    };
  });
  ['push', 'sort', 'splice', 'unshift', 'reverse'].forEach(function (name) {
    own[name] = function () {
      var value = this.__wrapped__;
      if (Array.isArray(value)) Array.prototype[name].apply(value, arguments);
      return lib.$wrap(value, this.__chain__);
    };
  });
  Object.keys(own).forEach(function (name) {
    Object.defineProperty(proto, name, { value: own[name], writable: true, configurable: true, enumerable: false });
  });
  lib.$wrapperMethods = function () {};
}
//- $wrapperMethod
function wrapperMethod(name) {
  return function () {
    var args = [this.__wrapped__];
    for (var i = 0; i < arguments.length; i++) args.push(arguments[i]);
    var lodash = lib.module;
    var result = lodash[name].apply(lodash, args);
    if (this.__chain__ || !lib.$unchained[name]) return lib.$wrap(result, this.__chain__);
    return result;
  };
}
//- chain
function chain(value) {
  return lib.$wrap(value instanceof lib.module ? value.__wrapped__ : value, true);
}
//- tap
function tap(value, interceptor) {
  interceptor(value);
  return value;
}
//- thru
function thru(value, interceptor) {
  return interceptor(value);
}
//- mixin
function mixin(object, source, options) {
  var lodash = lib.module;
  if (source == null || (typeof source == 'object' && options == null && !Object.keys(source).some(function (k) { return typeof source[k] == 'function'; }))) {
    options = source;
    source = object;
    object = lodash;
  }
  var chainable = !(options && typeof options == 'object' && 'chain' in options) || !!options.chain;
  var isFunc = typeof object == 'function';
  Object.keys(source).forEach(function (name) {
    var func = source[name];
    if (typeof func != 'function') return;
    object[name] = func;
    if (isFunc) {
      object.prototype[name] = function () {
        var args = [this.__wrapped__];
        for (var i = 0; i < arguments.length; i++) args.push(arguments[i]);
        var result = func.apply(object, args);
        if (this.__chain__ || chainable) return lib.$wrap(result, this.__chain__);
        return result;
      };
    }
  });
  return object;
}
//- $isIndex
function isIndex(value, length) {
  length = length == null ? 9007199254740991 : length;
  var type = typeof value;
  return !!length && (type == 'number' || (type != 'symbol' && /^(?:0|[1-9]\d*)$/.test(value))) &&
    value > -1 && value % 1 == 0 && value < length;
}
//- $isArrayLike
function isArrayLike(value) {
  return value != null && typeof value != 'function' && lib.$isLength(value.length);
}
//- $isLength
function isLength(value) {
  return typeof value == 'number' && value > -1 && value % 1 == 0 && value <= 9007199254740991;
}
//- $tag
function tag(value) {
  return Object.prototype.toString.call(value);
}
//- $hasOwn
function hasOwn(object, key) {
  return object != null && Object.prototype.hasOwnProperty.call(object, key);
}
//- $each
function baseEach(collection, iteratee) {
  if (collection == null) return collection;
  if (lib.$isArrayLike(collection)) {
    var iterable = Object(collection);
    for (var i = 0, n = collection.length; i < n; i++) {
      if (iteratee(iterable[i], i, collection) === false) break;
    }
    return collection;
  }
  var props = lib.keys(collection);
  for (var j = 0; j < props.length; j++) {
    if (iteratee(collection[props[j]], props[j], collection) === false) break;
  }
  return collection;
}
//- $eachRight
function baseEachRight(collection, iteratee) {
  if (collection == null) return collection;
  if (lib.$isArrayLike(collection)) {
    var iterable = Object(collection);
    for (var i = collection.length - 1; i >= 0; i--) {
      if (iteratee(iterable[i], i, collection) === false) break;
    }
    return collection;
  }
  var props = lib.keys(collection);
  for (var j = props.length - 1; j >= 0; j--) {
    if (iteratee(collection[props[j]], props[j], collection) === false) break;
  }
  return collection;
}
//- $values
function collectionValues(collection) {
  var result = [];
  lib.$each(collection, function (value) { result.push(value); });
  return result;
}
//- $arrayOrEmpty
function arrayOrEmpty(array) {
  return lib.$isArrayLike(array) ? Array.prototype.slice.call(Object(array)) : [];
}
//- $toKey
function toKey(value) {
  if (typeof value == 'string' || typeof value == 'symbol') return value;
  var result = String(value);
  return (result == '0' && (1 / value) == -Infinity) ? '-0' : result;
}
//- $castPath
function castPath(value, object) {
  if (Array.isArray(value)) return value;
  if (lib.$isKey(value, object)) return [value];
  return lib.$toPath(String(value));
}
//- $isKey
function isKey(value, object) {
  if (Array.isArray(value)) return false;
  var type = typeof value;
  if (type == 'number' || type == 'symbol' || type == 'boolean' || value == null) return true;
  return /^\w*$/.test(value) || !/\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/.test(value) ||
    (object != null && value in Object(object));
}
//- $toPath
function stringToPath(value) {
  if (Array.isArray(value)) return value.map(lib.$toKey);
  var string = value == null ? '' : String(value);
  var result = [];
  if (string.charCodeAt(0) === 46) result.push('');
  string.replace(/[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g,
    function (match, number, quote, subString) {
      result.push(quote ? subString.replace(/\\(\\)?/g, '$1') : (number || match));
    });
  return result;
}
//- $get
function baseGet(object, path) {
  path = lib.$castPath(path, object);
  var index = 0, length = path.length;
  while (object != null && index < length) object = object[lib.$toKey(path[index++])];
  return (index && index == length) ? object : undefined;
}
//- $compare
function compareAscending(value, other) {
  if (value !== other) {
    var valIsDefined = value !== undefined, valIsNull = value === null, valIsReflexive = value === value;
    var othIsDefined = other !== undefined, othIsNull = other === null, othIsReflexive = other === other;
    if ((!othIsNull && value > other) || (valIsNull && othIsDefined && othIsReflexive) ||
        (!valIsDefined && othIsReflexive) || !valIsReflexive) return 1;
    if ((!valIsNull && value < other) || (othIsNull && valIsDefined && valIsReflexive) ||
        (!othIsDefined && valIsReflexive) || !othIsReflexive) return -1;
  }
  return 0;
}
//- $sameValueZero
function eq(value, other) {
  return value === other || (value !== value && other !== other);
}
//- $indexOf
function baseIndexOf(array, value, fromIndex) {
  var length = array.length, index = fromIndex || 0;
  if (index < 0) index = Math.max(length + index, 0);
  for (; index < length; index++) {
    if (lib.$sameValueZero(array[index], value)) return index;
  }
  return -1;
}
//- $flatten
function baseFlatten(array, depth, result) {
  result = result || [];
  if (array == null) return result;
  for (var i = 0; i < array.length; i++) {
    var value = array[i];
    if (depth > 0 && (Array.isArray(value) || lib.isArguments(value))) {
      if (depth > 1) baseFlatten(value, depth - 1, result);
      else for (var j = 0; j < value.length; j++) result.push(value[j]);
    } else {
      result.push(value);
    }
  }
  return result;
}
//- $toInteger
function toInteger(value) {
  var number = lib.$toFinite(value);
  var remainder = number % 1;
  return remainder ? number - remainder : number;
}
//- $toFinite
function toFinite(value) {
  if (!value) return value === 0 ? value : 0;
  value = lib.$toNumber(value);
  if (value === Infinity || value === -Infinity) return (value < 0 ? -1 : 1) * 1.7976931348623157e+308;
  return value === value ? value : 0;
}
//- $toNumber
function toNumber(value) {
  if (typeof value == 'number') return value;
  if (typeof value == 'symbol') return NaN;
  if (value !== null && (typeof value == 'object' || typeof value == 'function')) {
    var other = typeof value.valueOf == 'function' ? value.valueOf() : value;
    value = (other !== null && typeof other == 'object') ? String(other) : other;
  }
  if (typeof value != 'string') return value === 0 ? value : +value;
  value = value.replace(/^\s+|\s+$/g, '');
  if (/^0b[01]+$/i.test(value)) return parseInt(value.slice(2), 2);
  if (/^0o[0-7]+$/i.test(value)) return parseInt(value.slice(2), 8);
  if (/^[-+]0x[0-9a-f]+$/i.test(value)) return NaN;
  return +value;
}
//- $toString
function baseToString(value) {
  if (value == null) return '';
  if (typeof value == 'string') return value;
  if (Array.isArray(value)) return value.map(function (v) { return v == null ? String(v) : lib.$toString(v); }) + '';
  if (typeof value == 'symbol') return value.toString();
  var result = String(value);
  return (result == '0' && (1 / value) == -Infinity) ? '-0' : result;
}
//- $stringSize
function stringSize(string) {
  return Array.from(string).length;
}
//- $random
function random(lower, upper, floating) {
  if (floating || lower % 1 || upper % 1) {
    var rand = Math.random();
    return Math.min(lower + (rand * (upper - lower + parseFloat('1e-' + ((rand + '').length - 1)))), upper);
  }
  return lower + Math.floor(Math.random() * (upper - lower + 1));
}
"""##

    /// Internals only lodash 4 exports.
    static let internals4 = ##"""
//- toPath
function toPath(value) {
  return lib.$toPath(value);
}
"""##

    /// lodash 4's own units: its version, chain rules and functions that differ from lodash 3.
    static let version4 = ##"""
//- VERSION
'4.17.21'
//- $unchained
function unchainedNames() {
  // The methods whose wrapper returns a plain value unless the chain is explicit (`_.chain`).
  var names = {};
  'add attempt camelCase capitalize ceil clamp clone cloneDeep cloneDeepWith cloneWith conformsTo deburr defaultTo divide each eachRight endsWith eq escape escapeRegExp every find findIndex findKey findLast findLastIndex findLastKey first floor forEach forEachRight forIn forInRight forOwn forOwnRight get gt gte has hasIn head identity inRange includes indexOf invoke isArguments isArray isArrayBuffer isArrayLike isArrayLikeObject isBoolean isBuffer isDate isElement isEmpty isEqual isEqualWith isError isFinite isFunction isInteger isLength isMap isMatch isMatchWith isNaN isNative isNil isNull isNumber isObject isObjectLike isPlainObject isRegExp isSafeInteger isSet isString isSymbol isTypedArray isUndefined isWeakMap isWeakSet join kebabCase last lastIndexOf lowerCase lowerFirst lt lte max maxBy mean meanBy min minBy multiply noConflict noop now nth pad padEnd padStart parseInt random reduce reduceRight repeat replace result round runInContext sample size snakeCase some sortedIndex sortedIndexBy sortedIndexOf sortedLastIndex sortedLastIndexBy sortedLastIndexOf startCase startsWith stubArray stubFalse stubObject stubString stubTrue subtract sum sumBy template times toFinite toInteger toLength toLower toNumber toSafeInteger toString toUpper trim trimEnd trimStart truncate unescape uniqueId upperCase upperFirst'.split(' ').forEach(function (name) { names[name] = true; });
  return names;
}()
//- invoke
function invoke(object, path) {
  path = lib.$castPath(path, object);
  var parent = path.length < 2 ? object : lib.$get(object, path.slice(0, -1));
  var func = parent == null ? undefined : parent[lib.$toKey(path[path.length - 1])];
  return func == null ? undefined : func.apply(parent, lib.$slice(arguments, 2));
}
//- flip
function flip(func) {
  return function () { return func.apply(this, lib.$slice(arguments, 0).reverse()); };
}
//- rest
function rest(func, start) {
  return lib.$restParam(func, start);
}
//- method
function method(path) {
  var args = lib.$slice(arguments, 1);
  return function (object) { return lib.methodOf.apply(undefined, [object].concat(args))(path); };
}
"""##

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

    /// `compile(source)`: evaluates generated JavaScript (the function `_.template` builds), which scripts
    /// themselves can't do, having no `eval` or `Function`.
    static func natives(_ realm: Realm) -> JSObject {
        let natives = realm.newObject()
        let compile = realm.newFunction("compile", length: 1) { call throws(JSThrow) in
            try call.realm.evaluateNested(try call.realm.toString(call[0]).string, fileName: "lodash.templateSources")
        }
        realm.defineValue(natives, "compile", .object(compile))
        return natives
    }
}
