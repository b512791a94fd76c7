extension LodashLibrary {
    /// Array functions both versions share.
    static let array = ##"""
//- chunk
function chunk(array, size, guard) {
  size = (guard || size === undefined) ? 1 : Math.max(lib.$toInteger(size), 0);
  var values = lib.$arrayOrEmpty(array), result = [];
  if (!size) return [];
  for (var i = 0; i < values.length; i += size) result.push(values.slice(i, i + size));
  return result;
}
//- compact
function compact(array) {
  return lib.$arrayOrEmpty(array).filter(Boolean);
}
//- $restArrays
function restArrays(args, from) {
  var result = [];
  for (var i = from; i < args.length; i++) {
    if (Array.isArray(args[i]) || lib.isArguments(args[i])) result.push(args[i]);
  }
  return result;
}
//- $lastIteratee
function lastIteratee(args, from) {
  // The *By variants take arrays and then one optional iteratee: anything that is not array-like.
  var last = args[args.length - 1];
  if (args.length > from && !(lib.$isArrayLike(last) && typeof last != 'string' && typeof last != 'function')) {
    return { func: lib.$iteratee(last), end: args.length - 1 };
  }
  return { func: lib.identity, end: args.length };
}
//- $difference
function baseDifference(array, values, func) {
  var seen = values.map(function (v) { return func(v); });
  return array.filter(function (value) { return lib.$indexOf(seen, func(value)) < 0; });
}
//- difference
function difference(array) {
  if (!(Array.isArray(array) || lib.isArguments(array))) return [];
  var values = lib.$flatten(lib.$restArrays(arguments, 1), 1);
  return lib.$difference(Array.prototype.slice.call(array), values, lib.identity);
}
//- without
function without(array) {
  if (!lib.$isArrayLike(array)) return [];
  return lib.$difference(Array.prototype.slice.call(array), Array.prototype.slice.call(arguments, 1), lib.identity);
}
//- drop
function drop(array, n, guard) {
  n = (guard || n === undefined) ? 1 : lib.$toInteger(n);
  return lib.$arrayOrEmpty(array).slice(n < 0 ? 0 : n);
}
//- dropRight
function dropRight(array, n, guard) {
  var values = lib.$arrayOrEmpty(array);
  n = (guard || n === undefined) ? 1 : lib.$toInteger(n);
  n = values.length - n;
  return values.slice(0, n < 0 ? 0 : n);
}
//- dropWhile
function dropWhile(array, predicate, thisArg) {
  var values = lib.$arrayOrEmpty(array), func = lib.$iteratee(predicate, thisArg), i = 0;
  while (i < values.length && func(values[i], i, values)) i++;
  return values.slice(i);
}
//- dropRightWhile
function dropRightWhile(array, predicate, thisArg) {
  var values = lib.$arrayOrEmpty(array), func = lib.$iteratee(predicate, thisArg), i = values.length;
  while (i > 0 && func(values[i - 1], i - 1, values)) i--;
  return values.slice(0, i);
}
//- take
function take(array, n, guard) {
  n = (guard || n === undefined) ? 1 : lib.$toInteger(n);
  return lib.$arrayOrEmpty(array).slice(0, n < 0 ? 0 : n);
}
//- takeRight
function takeRight(array, n, guard) {
  var values = lib.$arrayOrEmpty(array);
  n = (guard || n === undefined) ? 1 : lib.$toInteger(n);
  n = values.length - n;
  return values.slice(n < 0 ? 0 : n);
}
//- takeWhile
function takeWhile(array, predicate, thisArg) {
  var values = lib.$arrayOrEmpty(array), func = lib.$iteratee(predicate, thisArg), i = 0;
  while (i < values.length && func(values[i], i, values)) i++;
  return values.slice(0, i);
}
//- takeRightWhile
function takeRightWhile(array, predicate, thisArg) {
  var values = lib.$arrayOrEmpty(array), func = lib.$iteratee(predicate, thisArg), i = values.length;
  while (i > 0 && func(values[i - 1], i - 1, values)) i--;
  return values.slice(i);
}
//- fill
function fill(array, value, start, end) {
  var length = array == null ? 0 : array.length;
  if (!length) return [];
  start = start === undefined ? 0 : lib.$toInteger(start);
  end = end === undefined ? length : lib.$toInteger(end);
  if (start < 0) start = -start > length ? 0 : length + start;
  if (end < 0) end += length;
  if (end > length) end = length;
  for (; start < end; start++) array[start] = value;
  return array;
}
//- findIndex
function findIndex(array, predicate, fromIndex) {
  var length = array == null ? 0 : array.length;
  if (!length) return -1;
  var func = lib.$iteratee(predicate), index = fromIndex == null ? 0 : lib.$toInteger(fromIndex);
  if (index < 0) index = Math.max(length + index, 0);
  for (; index < length; index++) if (func(array[index], index, array)) return index;
  return -1;
}
//- findLastIndex
function findLastIndex(array, predicate, fromIndex) {
  var length = array == null ? 0 : array.length;
  if (!length) return -1;
  var func = lib.$iteratee(predicate), index = length - 1;
  if (fromIndex !== undefined) {
    index = lib.$toInteger(fromIndex);
    index = fromIndex < 0 ? Math.max(length + index, 0) : Math.min(index, length - 1);
  }
  for (; index >= 0; index--) if (func(array[index], index, array)) return index;
  return -1;
}
//- head
function head(array) {
  return (array != null && array.length) ? array[0] : undefined;
}
//- first
function first(array) {
  return lib.head(array);
}
//- last
function last(array) {
  var length = array == null ? 0 : array.length;
  return length ? array[length - 1] : undefined;
}
//- initial
function initial(array) {
  return lib.$arrayOrEmpty(array).slice(0, -1);
}
//- tail
function tail(array) {
  return lib.$arrayOrEmpty(array).slice(1);
}
//- flatten
function flatten(array) {
  return lib.$flatten(lib.$arrayOrEmpty(array), 1);
}
//- flattenDeep
function flattenDeep(array) {
  return lib.$flatten(lib.$arrayOrEmpty(array), Infinity);
}
//- indexOf
function indexOf(array, value, fromIndex) {
  var length = array == null ? 0 : array.length;
  if (!length) return -1;
  var index = fromIndex == null ? 0 : lib.$toInteger(fromIndex);
  if (index < 0) index = Math.max(length + index, 0);
  return lib.$indexOf(array, value, index);
}
//- lastIndexOf
function lastIndexOf(array, value, fromIndex) {
  var length = array == null ? 0 : array.length;
  if (!length) return -1;
  var index = length - 1;
  if (fromIndex !== undefined) {
    index = lib.$toInteger(fromIndex);
    index = index < 0 ? Math.max(length + index, 0) : Math.min(index, length - 1);
  }
  for (; index >= 0; index--) if (lib.$sameValueZero(array[index], value)) return index;
  return -1;
}
//- $uniq
function baseUniq(array, func) {
  var seen = [], result = [];
  for (var i = 0; i < array.length; i++) {
    var value = array[i], computed = func(value);
    if (lib.$indexOf(seen, computed) < 0) { seen.push(computed); result.push(value); }
  }
  return result;
}
//- intersection
function intersection() {
  return lib.$intersect(lib.$castArrays(arguments), lib.identity);
}
//- $intersect
function baseIntersect(arrays, func) {
  if (!arrays.length) return [];
  var others = arrays.slice(1).map(function (array) { return Array.prototype.map.call(array, function (v) { return func(v); }); });
  return lib.$uniq(Array.prototype.slice.call(arrays[0]), func).filter(function (value) {
    var computed = func(value);
    return others.every(function (other) { return lib.$indexOf(other, computed) > -1; });
  });
}
//- pull
function pull(array) {
  return lib.$pullAll(array, Array.prototype.slice.call(arguments, 1));
}
//- $pullAll
function basePullAll(array, values) {
  if (!(array && array.length && values && values.length)) return array;
  for (var i = array.length - 1; i >= 0; i--) {
    if (lib.$indexOf(values, array[i]) > -1) Array.prototype.splice.call(array, i, 1);
  }
  return array;
}
//- pullAt
function pullAt(array) {
  var indexes = lib.$flatten(Array.prototype.slice.call(arguments, 1), 1);
  var result = indexes.map(function (i) { return array[i]; });
  indexes.slice().sort(function (a, b) { return b - a; }).forEach(function (index, i, all) {
    if (index !== all[i - 1] && lib.$isIndex(index, array.length)) Array.prototype.splice.call(array, index, 1);
  });
  return result;
}
//- remove
function remove(array, predicate, thisArg) {
  var result = [];
  if (!(array && array.length)) return result;
  var func = lib.$iteratee(predicate, thisArg), indexes = [];
  for (var i = 0; i < array.length; i++) {
    if (func(array[i], i, array)) { result.push(array[i]); indexes.push(i); }
  }
  for (var j = indexes.length - 1; j >= 0; j--) Array.prototype.splice.call(array, indexes[j], 1);
  return result;
}
//- slice
function slice(array, start, end) {
  var length = array == null ? 0 : array.length;
  if (!length) return [];
  start = start == null ? 0 : lib.$toInteger(start);
  end = end === undefined ? length : lib.$toInteger(end);
  var values = [];
  if (start < 0) start = -start > length ? 0 : length + start;
  if (end > length) end = length;
  if (end < 0) end += length;
  for (var i = start; i < end; i++) values.push(array[i]);
  return values;
}
//- sortedIndex
function sortedIndex(array, value) {
  return lib.$sortedIndex(array, value, lib.identity, false);
}
//- sortedLastIndex
function sortedLastIndex(array, value) {
  return lib.$sortedIndex(array, value, lib.identity, true);
}
//- $sortedIndex
function baseSortedIndex(array, value, func, retHighest) {
  var low = 0, high = array == null ? 0 : array.length;
  var target = func(value);
  while (low < high) {
    var mid = (low + high) >>> 1, computed = func(array[mid]);
    var cmp = lib.$compare(computed, target);
    if (retHighest ? cmp <= 0 : cmp < 0) low = mid + 1; else high = mid;
  }
  return high;
}
//- union
function union() {
  return lib.$uniq(lib.$flatten(lib.$restArrays(arguments, 0), 1), lib.identity);
}
//- uniq
function uniq(array) {
  return lib.$uniq(lib.$arrayOrEmpty(array), lib.identity);
}
//- unzip
function unzip(array) {
  if (!(array && array.length)) return [];
  var groups = Array.prototype.filter.call(array, function (group) { return Array.isArray(group) || lib.isArguments(group); });
  var length = Math.max.apply(null, groups.map(function (group) { return group.length; }).concat(0));
  var result = [];
  for (var i = 0; i < length; i++) result.push(groups.map(function (group) { return group[i]; }));
  return result;
}
//- unzipWith
function unzipWith(array, iteratee) {
  var result = lib.unzip(array);
  if (iteratee == null) return result;
  return result.map(function (group) { return iteratee.apply(undefined, group); });
}
//- zip
function zip() {
  return lib.unzip(Array.prototype.slice.call(arguments));
}
//- zipWith
function zipWith() {
  var args = Array.prototype.slice.call(arguments), iteratee = args.length > 1 && typeof args[args.length - 1] == 'function' ? args.pop() : undefined;
  return lib.unzipWith(args, iteratee);
}
//- zipObject
function zipObject(props, values) {
  var result = {};
  props = props || [];
  values = values || [];
  for (var i = 0; i < props.length; i++) result[props[i]] = values[i];
  return result;
}
//- xor
function xor() {
  return lib.$xor(lib.$restArrays(arguments, 0), lib.identity);
}
//- $xor
function baseXor(arrays, func) {
  var result = [];
  arrays.forEach(function (array, index) {
    var others = lib.$flatten(arrays.filter(function (other, i) { return i !== index; }), 1).map(function (v) { return func(v); });
    lib.$uniq(Array.prototype.slice.call(array), func).forEach(function (value) {
      if (lib.$indexOf(others, func(value)) < 0) result.push(value);
    });
  });
  return lib.$uniq(result, func);
}
//- $castArrays
function castArrays(args) {
  return Array.prototype.map.call(args, function (array) {
    return (array !== null && typeof array == 'object' && lib.$isArrayLike(array)) ? array : [];
  });
}
"""##

    /// Array functions only lodash 4 has.
    static let array4 = ##"""
//- concat
function concat(array) {
  var result = Array.isArray(array) ? array.slice() : (arguments.length ? [array] : []);
  for (var i = 1; i < arguments.length; i++) {
    var value = arguments[i];
    if (Array.isArray(value)) for (var j = 0; j < value.length; j++) result.push(value[j]);
    else result.push(value);
  }
  return result;
}
//- differenceBy
function differenceBy(array) {
  if (!(Array.isArray(array) || lib.isArguments(array))) return [];
  var it = lib.$lastIteratee(arguments, 2);
  var values = lib.$flatten(lib.$restArrays(Array.prototype.slice.call(arguments, 0, it.end), 1), 1);
  return lib.$difference(Array.prototype.slice.call(array), values, it.func);
}
//- nth
function nth(array, n) {
  var length = array == null ? 0 : array.length;
  if (!length) return undefined;
  n = lib.$toInteger(n);
  n += n < 0 ? length : 0;
  return lib.$isIndex(n, length) ? array[n] : undefined;
}
//- flattenDepth
function flattenDepth(array, depth) {
  return lib.$flatten(lib.$arrayOrEmpty(array), depth === undefined ? 1 : lib.$toInteger(depth));
}
//- fromPairs
function fromPairs(pairs) {
  var result = {};
  if (pairs == null) return result;
  for (var i = 0; i < pairs.length; i++) result[pairs[i][0]] = pairs[i][1];
  return result;
}
//- intersectionBy
function intersectionBy() {
  var it = lib.$lastIteratee(arguments, 1);
  return lib.$intersect(lib.$castArrays(Array.prototype.slice.call(arguments, 0, it.end)), it.func);
}
//- join
function join(array, separator) {
  return array == null ? '' : Array.prototype.join.call(array, separator);
}
//- pullAll
function pullAll(array, values) {
  return lib.$pullAll(array, values);
}
//- reverse
function reverse(array) {
  return array == null ? array : Array.prototype.reverse.call(array);
}
//- sortedIndexBy
function sortedIndexBy(array, value, iteratee) {
  return lib.$sortedIndex(array, value, lib.$iteratee(iteratee), false);
}
//- sortedUniq
function sortedUniq(array) {
  return lib.$uniq(lib.$arrayOrEmpty(array), lib.identity);
}
//- unionBy
function unionBy() {
  var it = lib.$lastIteratee(arguments, 1);
  return lib.$uniq(lib.$flatten(lib.$restArrays(Array.prototype.slice.call(arguments, 0, it.end), 0), 1), it.func);
}
//- uniqBy
function uniqBy(array, iteratee) {
  return lib.$uniq(lib.$arrayOrEmpty(array), lib.$iteratee(iteratee));
}
//- uniqWith
function uniqWith(array, comparator) {
  var result = [];
  lib.$arrayOrEmpty(array).forEach(function (value) {
    if (!result.some(function (seen) { return comparator(value, seen); })) result.push(value);
  });
  return result;
}
//- zipObjectDeep
function zipObjectDeep(props, values) {
  var result = {};
  props = props || [];
  values = values || [];
  for (var i = 0; i < props.length; i++) lib.set(result, props[i], values[i]);
  return result;
}
//- xorBy
function xorBy() {
  var it = lib.$lastIteratee(arguments, 1);
  return lib.$xor(lib.$restArrays(Array.prototype.slice.call(arguments, 0, it.end), 0), it.func);
}
//- sortedIndexOf
function sortedIndexOf(array, value) {
  var length = array == null ? 0 : array.length;
  if (length) {
    var index = lib.$sortedIndex(array, value, lib.identity, false);
    if (index < length && lib.$sameValueZero(array[index], value)) return index;
  }
  return -1;
}
//- sortedLastIndexOf
function sortedLastIndexOf(array, value) {
  var length = array == null ? 0 : array.length;
  if (length) {
    var index = lib.$sortedIndex(array, value, lib.identity, true) - 1;
    if (index >= 0 && lib.$sameValueZero(array[index], value)) return index;
  }
  return -1;
}
//- sortedLastIndexBy
function sortedLastIndexBy(array, value, iteratee) {
  return lib.$sortedIndex(array, value, lib.$iteratee(iteratee), true);
}
//- sortedUniqBy
function sortedUniqBy(array, iteratee) {
  var func = lib.$iteratee(iteratee), result = [], seen;
  lib.$arrayOrEmpty(array).forEach(function (value, index) {
    var computed = func(value);
    if (!index || !lib.$sameValueZero(computed, seen)) { seen = computed; result.push(value); }
  });
  return result;
}
"""##
}
