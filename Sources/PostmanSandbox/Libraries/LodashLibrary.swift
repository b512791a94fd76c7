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
