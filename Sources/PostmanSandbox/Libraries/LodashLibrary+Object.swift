extension LodashLibrary {
    /// Object functions both versions share.
    static let object = ##"""
//- keys
function keys(object) {
  if (object == null) return [];
  if (Array.isArray(object) || lib.isArguments(object)) {
    var result = [];
    for (var i = 0; i < object.length; i++) result.push(String(i));
    Object.keys(object).forEach(function (key) { if (!lib.$isIndex(key, object.length)) result.push(key); });
    return result;
  }
  return Object.keys(Object(object));
}
//- keysIn
function keysIn(object) {
  var result = [];
  if (object == null) return result;
  for (var key in Object(object)) result.push(key);
  return result;
}
//- values
function values(object) {
  return object == null ? [] : lib.keys(object).map(function (key) { return Object(object)[key]; });
}
//- valuesIn
function valuesIn(object) {
  return object == null ? [] : lib.keysIn(object).map(function (key) { return Object(object)[key]; });
}
//- assign
function assign(object) {
  object = Object(object);
  for (var i = 1; i < arguments.length; i++) {
    var source = arguments[i];
    if (source == null) continue;
    lib.keys(source).forEach(function (key) {
      if (!(lib.$hasOwn(object, key) && lib.$sameValueZero(object[key], source[key])) || (source[key] === undefined && !(key in object))) object[key] = source[key];
    });
  }
  return object;
}
//- extend
function extend() {
  return lib.assignIn.apply(undefined, arguments);
}
//- defaults
function defaults(object) {
  object = Object(object);
  for (var i = 1; i < arguments.length; i++) {
    var source = arguments[i];
    if (source == null) continue;
    lib.keysIn(source).forEach(function (key) {
      var value = object[key];
      if (value === undefined || (lib.$sameValueZero(value, Object.prototype[key]) && !lib.$hasOwn(object, key))) object[key] = source[key];
    });
  }
  return object;
}
//- defaultsDeep
function defaultsDeep(object) {
  var args = Array.prototype.slice.call(arguments, 1);
  var customizer = function (objValue, srcValue, key, obj, source, stack) {
    if (lib.isObject(objValue) && lib.isObject(srcValue)) {
      lib.$merge(objValue, srcValue, customizer, stack);
      return objValue;
    }
    return objValue === undefined ? srcValue : objValue;
  };
  object = Object(object);
  args.forEach(function (source) {
    if (source != null) lib.$merge(object, source, customizer, []);
  });
  return object;
}
//- get
function get(object, path, defaultValue) {
  var result = object == null ? undefined : lib.$get(object, path);
  return result === undefined ? defaultValue : result;
}
//- has
function has(object, path) {
  return lib.$hasPath(object, path, lib.$hasOwn);
}
//- $hasIn
function baseHasIn(object, path) {
  return lib.$hasPath(object, path, function (obj, key) { return obj != null && key in Object(obj); });
}
//- $hasPath
function hasPath(object, path, test) {
  if (object == null) return false;
  path = lib.$castPath(path, object);
  var index = -1, length = path.length, key, result = false;
  while (++index < length) {
    key = lib.$toKey(path[index]);
    if (!(result = object != null && test(object, key))) break;
    object = object[key];
  }
  if (result || ++index != length) return result;
  length = object == null ? 0 : object.length;
  return !!length && lib.$isLength(length) && lib.$isIndex(key, length) && (Array.isArray(object) || lib.isArguments(object));
}
//- set
function set(object, path, value) {
  return object == null ? object : lib.$set(object, path, function () { return value; });
}
//- $set
function baseSet(object, path, updater, customizer) {
  if (!lib.isObject(object)) return object;
  path = lib.$castPath(path, object);
  var index = -1, length = path.length, nested = object;
  while (nested != null && ++index < length) {
    var key = lib.$toKey(path[index]), newValue;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return object;
    if (index == length - 1) {
      newValue = updater(nested[key]);
    } else {
      var objValue = nested[key];
      newValue = customizer ? customizer(objValue, key, nested) : undefined;
      if (newValue === undefined) {
        newValue = lib.isObject(objValue) ? objValue : (lib.$isIndex(path[index + 1]) ? [] : {});
      }
    }
    if (!(lib.$hasOwn(nested, key) && lib.$sameValueZero(nested[key], newValue)) || (newValue === undefined && !(key in nested))) {
      nested[key] = newValue;
    }
    nested = nested[key];
  }
  return object;
}
//- $unset
function baseUnset(object, path) {
  if (object == null) return true;
  path = lib.$castPath(path, object);
  var parent = path.length < 2 ? object : lib.$get(object, path.slice(0, -1));
  var key = lib.$toKey(path[path.length - 1]);
  return parent == null || delete parent[key];
}
//- invert
function invert(object) {
  var result = {};
  lib.keys(object).forEach(function (key) {
    var value = object[key];
    if (value != null && typeof value.toString != 'function') value = Object.prototype.toString.call(value);
    result[value] = key;
  });
  return result;
}
//- mapKeys
function mapKeys(object, iteratee, thisArg) {
  var func = lib.$iteratee(iteratee, thisArg), result = {};
  lib.forOwn(object, function (value, key, all) { result[func(value, key, all)] = value; });
  return result;
}
//- mapValues
function mapValues(object, iteratee, thisArg) {
  var func = lib.$iteratee(iteratee, thisArg), result = {};
  lib.forOwn(object, function (value, key, all) { result[key] = func(value, key, all); });
  return result;
}
//- forOwn
function forOwn(object, iteratee, thisArg) {
  if (object == null) return object;
  var func = lib.$castFunction(iteratee, thisArg), props = lib.keys(object);
  for (var i = 0; i < props.length; i++) if (func(object[props[i]], props[i], object) === false) break;
  return object;
}
//- forOwnRight
function forOwnRight(object, iteratee, thisArg) {
  if (object == null) return object;
  var func = lib.$castFunction(iteratee, thisArg), props = lib.keys(object);
  for (var i = props.length - 1; i >= 0; i--) if (func(object[props[i]], props[i], object) === false) break;
  return object;
}
//- forIn
function forIn(object, iteratee, thisArg) {
  if (object == null) return object;
  var func = lib.$castFunction(iteratee, thisArg), props = lib.keysIn(object);
  for (var i = 0; i < props.length; i++) if (func(object[props[i]], props[i], object) === false) break;
  return object;
}
//- findKey
function findKey(object, predicate, thisArg) {
  var func = lib.$iteratee(predicate, thisArg), props = lib.keys(object);
  for (var i = 0; i < props.length; i++) if (func(object[props[i]], props[i], object)) return props[i];
  return undefined;
}
//- findLastKey
function findLastKey(object, predicate, thisArg) {
  var func = lib.$iteratee(predicate, thisArg), props = lib.keys(object);
  for (var i = props.length - 1; i >= 0; i--) if (func(object[props[i]], props[i], object)) return props[i];
  return undefined;
}
//- pick
function pick(object) {
  var result = {};
  if (object == null) return result;
  lib.$flatten(Array.prototype.slice.call(arguments, 1), 1).forEach(function (path) {
    if (lib.$hasIn(object, path)) lib.$set(result, path, function () { return lib.$get(object, path); });
  });
  return result;
}
//- $allKeysIn
function allKeysIn(object) {
  var result = lib.keysIn(object), proto = Object(object);
  while (proto) {
    Object.getOwnPropertySymbols(proto).forEach(function (symbol) {
      if (Object.prototype.propertyIsEnumerable.call(proto, symbol)) result.push(symbol);
    });
    proto = Object.getPrototypeOf(proto);
  }
  return result;
}
//- omit
function omit(object) {
  var result = {};
  if (object == null) return result;
  var paths = lib.$flatten(Array.prototype.slice.call(arguments, 1), 1);
  var isDeep = paths.some(function (path) { return lib.$castPath(path, object).length > 1; });
  result = isDeep ? lib.cloneDeep(lib.$plainCopyIn(object)) : lib.$plainCopyIn(object);
  paths.forEach(function (path) { lib.$unset(result, path); });
  return result;
}
//- $plainCopyIn
function plainCopyIn(object) {
  var result = {};
  lib.$allKeysIn(object).forEach(function (key) { result[key] = object[key]; });
  return result;
}
//- result
function result(object, path, defaultValue) {
  path = lib.$castPath(path, object);
  var index = -1, length = path.length;
  if (!length) { length = 1; object = undefined; }
  while (++index < length) {
    var value = object == null ? undefined : object[lib.$toKey(path[index])];
    if (value === undefined) { index = length; value = defaultValue; }
    object = typeof value == 'function' ? value.call(object) : value;
  }
  return object;
}
//- functions
function functions(object) {
  return object == null ? [] : lib.keys(object).filter(function (key) { return typeof object[key] == 'function'; });
}
//- create
function create(prototype, properties) {
  var result = Object.create(lib.isObject(prototype) ? prototype : null);
  if (lib.isObject(prototype) === false) Object.setPrototypeOf(result, Object.prototype);
  return properties == null ? result : lib.assign(result, properties);
}
//- transform
function transform(object, iteratee, accumulator) {
  var isArr = Array.isArray(object);
  if (accumulator === undefined) {
    var Ctor = object && object.constructor;
    accumulator = isArr ? [] : lib.isObject(object) ? (typeof Ctor == 'function' ? Object.create(Object.getPrototypeOf(object)) : {}) : {};
  }
  var func = lib.$castFunction(iteratee);
  (isArr ? lib.$each : lib.forOwn)(object, function (value, key, all) { return func(accumulator, value, key, all); });
  return accumulator;
}
//- merge
function merge(object) {
  object = Object(object);
  for (var i = 1; i < arguments.length; i++) {
    if (arguments[i] != null) lib.$merge(object, arguments[i], undefined, []);
  }
  return object;
}
//- $merge
function baseMerge(object, source, customizer, stack) {
  if (object === source) return;
  lib.keysIn(source).forEach(function (key) {
    if (key === '__proto__' || (key === 'constructor' && typeof object[key] == 'function')) return;
    var srcValue = source[key], objValue = object[key];
    if (lib.isObject(srcValue)) {
      for (var s = 0; s < stack.length; s++) {
        if (stack[s][0] === srcValue) { lib.$assignMergeValue(object, key, stack[s][1]); return; }
      }
      var newValue = customizer ? customizer(objValue, srcValue, key, object, source, stack) : undefined;
      var isCommon = newValue === undefined;
      if (isCommon) {
        newValue = srcValue;
        if (Array.isArray(srcValue)) {
          newValue = Array.isArray(objValue) ? objValue : (lib.$isArrayLike(objValue) && typeof objValue == 'object') ? Array.prototype.slice.call(objValue) : [];
        } else if (lib.isPlainObject(srcValue) || lib.isArguments(srcValue)) {
          newValue = objValue;
          if (lib.isArguments(objValue)) newValue = lib.$plainCopyIn(objValue);
          else if (!lib.isObject(objValue) || typeof objValue == 'function') newValue = Object.create(Object.getPrototypeOf(srcValue));
        } else {
          isCommon = false;
        }
      }
      if (isCommon) {
        stack.push([srcValue, newValue]);
        lib.$merge(newValue, srcValue, customizer, stack);
        stack.pop();
      }
      lib.$assignMergeValue(object, key, newValue);
    } else {
      var value = customizer ? customizer(objValue, srcValue, key, object, source, stack) : undefined;
      if (value === undefined) value = srcValue;
      lib.$assignMergeValue(object, key, value);
    }
  });
}
//- $assignMergeValue
function assignMergeValue(object, key, value) {
  if ((value !== undefined && !lib.$sameValueZero(object[key], value)) || (value === undefined && !(key in object))) {
    object[key] = value;
  }
}
//- forInRight
function forInRight(object, iteratee, thisArg) {
  if (object == null) return object;
  var func = lib.$castFunction(iteratee, thisArg), props = lib.keysIn(object);
  for (var i = props.length - 1; i >= 0; i--) if (func(object[props[i]], props[i], object) === false) break;
  return object;
}
//- at
function at(object) {
  var paths = lib.$flatten(lib.$slice(arguments, 1), Infinity);
  return paths.map(function (path) { return object == null ? undefined : lib.$get(object, path); });
}
"""##

    /// Object functions only lodash 4 has.
    static let object4 = ##"""
//- toPairs
function toPairs(object) {
  if (object == null) return [];
  var tag = lib.$tag(object);
  if (tag == '[object Map]') return Array.from(object.entries());
  if (tag == '[object Set]') return Array.from(object.values()).map(function (v) { return [v, v]; });
  return lib.keys(object).map(function (key) { return [key, Object(object)[key]]; });
}
//- entries
function entries(object) {
  return lib.toPairs(object);
}
//- assignIn
function assignIn(object) {
  object = Object(object);
  for (var i = 1; i < arguments.length; i++) {
    var source = arguments[i];
    if (source == null) continue;
    lib.keysIn(source).forEach(function (key) { object[key] = source[key]; });
  }
  return object;
}
//- assignWith
function assignWith(object) {
  var args = Array.prototype.slice.call(arguments, 1), customizer = typeof args[args.length - 1] == 'function' ? args.pop() : undefined;
  object = Object(object);
  args.forEach(function (source) {
    if (source == null) return;
    lib.keys(source).forEach(function (key) {
      var value = customizer ? customizer(object[key], source[key], key, object, source) : undefined;
      object[key] = value === undefined ? source[key] : value;
    });
  });
  return object;
}
//- hasIn
function hasIn(object, path) {
  return lib.$hasIn(object, path);
}
//- setWith
function setWith(object, path, value, customizer) {
  return object == null ? object : lib.$set(object, path, function () { return value; }, customizer);
}
//- update
function update(object, path, updater) {
  return object == null ? object : lib.$set(object, path, updater);
}
//- unset
function unset(object, path) {
  return lib.$unset(object, path);
}
//- invertBy
function invertBy(object, iteratee) {
  var func = lib.$iteratee(iteratee), result = {};
  lib.keys(object).forEach(function (key) {
    var value = func(object[key]);
    if (value != null && typeof value.toString != 'function') value = Object.prototype.toString.call(value);
    if (lib.$hasOwn(result, value)) result[value].push(key); else result[value] = [key];
  });
  return result;
}
//- pickBy
function pickBy(object, predicate) {
  var result = {};
  if (object == null) return result;
  var func = lib.$iteratee(predicate);
  lib.$allKeysIn(object).forEach(function (key) {
    if (func(object[key], key)) result[key] = object[key];
  });
  return result;
}
//- omitBy
function omitBy(object, predicate) {
  var func = lib.$iteratee(predicate);
  return lib.pickBy(object, function (value, key) { return !func(value, key); });
}
//- mergeWith
function mergeWith(object) {
  var args = Array.prototype.slice.call(arguments, 1), customizer = typeof args[args.length - 1] == 'function' ? args.pop() : undefined;
  object = Object(object);
  args.forEach(function (source) { if (source != null) lib.$merge(object, source, customizer, []); });
  return object;
}
//- toPairsIn
function toPairsIn(object) {
  return object == null ? [] : lib.keysIn(object).map(function (key) { return [key, object[key]]; });
}
//- entriesIn
function entriesIn(object) {
  return lib.toPairsIn(object);
}
//- functionsIn
function functionsIn(object) {
  return object == null ? [] : lib.keysIn(object).filter(function (key) { return typeof object[key] == 'function'; });
}
"""##
}
