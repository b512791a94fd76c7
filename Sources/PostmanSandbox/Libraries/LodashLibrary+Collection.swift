extension LodashLibrary {
    /// Collection functions both versions share.
    static let collection = ##"""
//- forEach
function forEach(collection, iteratee, thisArg) {
  var func = lib.$castFunction(iteratee, thisArg);
  return lib.$each(collection, func);
}
//- each
function each(collection, iteratee, thisArg) {
  return lib.forEach(collection, iteratee, thisArg);
}
//- forEachRight
function forEachRight(collection, iteratee, thisArg) {
  var func = lib.$castFunction(iteratee, thisArg);
  return lib.$eachRight(collection, func);
}
//- eachRight
function eachRight(collection, iteratee, thisArg) {
  return lib.forEachRight(collection, iteratee, thisArg);
}
//- map
function map(collection, iteratee, thisArg) {
  var func = lib.$iteratee(iteratee, thisArg), result = [];
  lib.$each(collection, function (value, key, all) { result.push(func(value, key, all)); });
  return result;
}
//- filter
function filter(collection, predicate, thisArg) {
  var func = lib.$iteratee(predicate, thisArg), result = [];
  lib.$each(collection, function (value, key, all) { if (func(value, key, all)) result.push(value); });
  return result;
}
//- reject
function reject(collection, predicate, thisArg) {
  var func = lib.$iteratee(predicate, thisArg), result = [];
  lib.$each(collection, function (value, key, all) { if (!func(value, key, all)) result.push(value); });
  return result;
}
//- partition
function partition(collection, predicate, thisArg) {
  var func = lib.$iteratee(predicate, thisArg), result = [[], []];
  lib.$each(collection, function (value, key, all) { result[func(value, key, all) ? 0 : 1].push(value); });
  return result;
}
//- find
function find(collection, predicate, fromIndex) {
  var func = lib.$iteratee(predicate), found;
  var start = fromIndex == null ? 0 : lib.$toInteger(fromIndex);
  if (lib.$isArrayLike(collection)) {
    var index = lib.findIndex(collection, func, start);
    return index > -1 ? collection[index] : undefined;
  }
  lib.$each(collection, function (value, key, all) {
    if (func(value, key, all)) { found = value; return false; }
  });
  return found;
}
//- findLast
function findLast(collection, predicate, fromIndex) {
  var func = lib.$iteratee(predicate), found;
  if (lib.$isArrayLike(collection)) {
    var index = lib.findLastIndex(collection, func, fromIndex);
    return index > -1 ? collection[index] : undefined;
  }
  lib.$eachRight(collection, function (value, key, all) {
    if (func(value, key, all)) { found = value; return false; }
  });
  return found;
}
//- reduce
function reduce(collection, iteratee, accumulator, thisArg) {
  var func = lib.$iteratee(iteratee, thisArg), initial = arguments.length < 3;
  lib.$each(collection, function (value, key, all) {
    if (initial) { initial = false; accumulator = value; } else accumulator = func(accumulator, value, key, all);
  });
  return accumulator;
}
//- reduceRight
function reduceRight(collection, iteratee, accumulator, thisArg) {
  var func = lib.$iteratee(iteratee, thisArg), initial = arguments.length < 3;
  lib.$eachRight(collection, function (value, key, all) {
    if (initial) { initial = false; accumulator = value; } else accumulator = func(accumulator, value, key, all);
  });
  return accumulator;
}
//- some
function some(collection, predicate, thisArg) {
  var func = lib.$iteratee(predicate, thisArg), result = false;
  lib.$each(collection, function (value, key, all) {
    if (func(value, key, all)) { result = true; return false; }
  });
  return result;
}
//- every
function every(collection, predicate, thisArg) {
  var func = lib.$iteratee(predicate, thisArg), result = true;
  lib.$each(collection, function (value, key, all) {
    if (!func(value, key, all)) { result = false; return false; }
  });
  return result;
}
//- includes
function includes(collection, value, fromIndex, guard) {
  var values = lib.$isArrayLike(collection) ? collection : lib.values(collection);
  var length = values.length;
  fromIndex = (fromIndex && !guard) ? lib.$toInteger(fromIndex) : 0;
  if (fromIndex < 0) fromIndex = Math.max(length + fromIndex, 0);
  if (typeof values == 'string') return fromIndex <= length && values.indexOf(value, fromIndex) > -1;
  return !!length && lib.$indexOf(values, value, fromIndex) > -1;
}
//- $groupInto
function groupInto(collection, iteratee, thisArg, add) {
  var func = lib.$iteratee(iteratee, thisArg), result = {};
  lib.$each(collection, function (value, key, all) { add(result, func(value, key, all), value); });
  return result;
}
//- groupBy
function groupBy(collection, iteratee, thisArg) {
  return lib.$groupInto(collection, iteratee, thisArg, function (result, key, value) {
    if (lib.$hasOwn(result, key)) result[key].push(value); else result[key] = [value];
  });
}
//- countBy
function countBy(collection, iteratee, thisArg) {
  return lib.$groupInto(collection, iteratee, thisArg, function (result, key) {
    if (lib.$hasOwn(result, key)) result[key]++; else result[key] = 1;
  });
}
//- $orderBy
function baseOrderBy(collection, iteratees, orders) {
  var funcs = iteratees.length ? iteratees.map(function (it) {
    if (Array.isArray(it)) return function (value) { return lib.$get(value, it.length === 1 ? it[0] : it); };
    return lib.$iteratee(it);
  }) : [lib.identity];
  var index = -1, entries = [];
  lib.$each(collection, function (value, key, all) {
    entries.push({ criteria: funcs.map(function (f) { return f(value, key, all); }), index: ++index, value: value });
  });
  entries.sort(function (a, b) {
    for (var i = 0; i < a.criteria.length; i++) {
      var result = lib.$compare(a.criteria[i], b.criteria[i]);
      if (result) {
        return result * (orders[i] || 1);
      }
    }
    return a.index - b.index;
  });
  return entries.map(function (entry) { return entry.value; });
}
//- sortBy
function sortBy(collection) {
  if (collection == null) return [];
  var iteratees = [];
  for (var i = 1; i < arguments.length; i++) iteratees.push(arguments[i]);
  iteratees = lib.$flatten(iteratees, 1);
  return lib.$orderBy(collection, iteratees, []);
}
//- size
function size(collection) {
  if (collection == null) return 0;
  if (lib.$isArrayLike(collection)) return typeof collection == 'string' ? lib.$stringSize(collection) : collection.length;
  var tag = lib.$tag(collection);
  if (tag == '[object Map]' || tag == '[object Set]') return collection.size;
  return lib.keys(collection).length;
}
//- sample
function sample(collection) {
  var values = lib.$isArrayLike(collection) ? collection : lib.values(collection);
  var length = values.length;
  return length ? values[Math.floor(Math.random() * length)] : undefined;
}
//- shuffle
function shuffle(collection) {
  var values = lib.$isArrayLike(collection) ? Array.prototype.slice.call(Object(collection)) : lib.values(collection);
  return lib.$shuffleSelf(values, values.length);
}
//- $shuffleSelf
function shuffleSelf(array, size) {
  var lastIndex = array.length - 1;
  for (var i = 0; i < size; i++) {
    var rand = i + Math.floor(Math.random() * (lastIndex - i + 1));
    var value = array[rand];
    array[rand] = array[i];
    array[i] = value;
  }
  array.length = size;
  return array;
}
//- $invokeMap
function baseInvokeMap(collection, path) {
  var args = Array.prototype.slice.call(arguments, 2), isFunc = typeof path == 'function';
  return lib.map(collection, function (value) {
    if (isFunc) return path.apply(value, args);
    var func = lib.$get(value, path);
    var holder = lib.$castPath(path, value).length > 1 ? lib.$get(value, lib.$castPath(path, value).slice(0, -1)) : value;
    return func == null ? undefined : func.apply(holder, args);
  });
}
//- $castFunction
function castFunction(iteratee, thisArg) {
  if (typeof iteratee != 'function') return lib.identity;
  return thisArg === undefined ? iteratee : function () { return iteratee.apply(thisArg, arguments); };
}
"""##

    /// Collection functions only lodash 4 has.
    static let collection4 = ##"""
//- flatMap
function flatMap(collection, iteratee) {
  return lib.$flatten(lib.map(collection, iteratee), 1);
}
//- flatMapDeep
function flatMapDeep(collection, iteratee) {
  return lib.$flatten(lib.map(collection, iteratee), Infinity);
}
//- keyBy
function keyBy(collection, iteratee, thisArg) {
  return lib.$groupInto(collection, iteratee, thisArg, function (result, key, value) { result[key] = value; });
}
//- orderBy
function orderBy(collection, iteratees, orders) {
  if (collection == null) return [];
  if (!Array.isArray(iteratees)) iteratees = iteratees == null ? [] : [iteratees];
  if (!Array.isArray(orders)) orders = orders == null ? [] : [orders];
  return lib.$orderBy(collection, iteratees, orders.map(function (order) { return order == 'desc' ? -1 : 1; }));
}
//- sampleSize
function sampleSize(collection, n, guard) {
  var values = lib.$isArrayLike(collection) ? Array.prototype.slice.call(Object(collection)) : lib.values(collection);
  n = (guard || n === undefined) ? 1 : Math.max(0, Math.min(lib.$toInteger(n), values.length));
  return lib.$shuffleSelf(values, n);
}
//- invokeMap
function invokeMap(collection, path) {
  return lib.$invokeMap.apply(undefined, arguments);
}
//- flatMapDepth
function flatMapDepth(collection, iteratee, depth) {
  return lib.$flatten(lib.map(collection, iteratee), depth === undefined ? 1 : lib.$toInteger(depth));
}
"""##
}
