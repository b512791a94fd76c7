/// The Sugar.js 1.x prototype extensions Postman scripts still use (`String.prototype.has`, `Array.prototype.each`…),
/// installed lazily and non-enumerably in every realm; never replacing a standard ES method.
enum SugarLibrary {
    static var sugar: ScriptLibrary { ScriptLibrary(fileName: "sugar.js", sugarSource) }

    static let sugarSource = ##"""
//- $matcher
function matcher(match) {
  if (typeof match === 'function') { return match; }
  if (match instanceof RegExp) { return function (value) { return typeof value === 'string' ? match.test(value) : value === match; }; }
  if (match !== null && typeof match === 'object') {
    return function (value) { return lib.$equal(value, match); };
  }
  return function (value) { return value === match || (match !== match && value !== value); };
}
//- $equal
function equal(a, b) {
  if (a === b) { return true; }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') { return false; }
  if (Array.isArray(a) !== Array.isArray(b)) { return false; }
  var keysA = Object.keys(a), keysB = Object.keys(b);
  if (keysA.length !== keysB.length) { return false; }
  return keysA.every(function (key) { return Object.prototype.hasOwnProperty.call(b, key) && lib.$equal(a[key], b[key]); });
}
//- $mapper
function mapper(map) {
  if (typeof map === 'function') { return map; }
  if (map === undefined || map === null) { return function (value) { return value; }; }
  return function (value) { return value === null || value === undefined ? undefined : value[map]; };
}
//- $extremes
function extremes(array, map, wantMax) {
  var fn = lib.$mapper(map), best, bestValue, found = false;
  for (var i = 0; i < array.length; i++) {
    var value = fn(array[i], i, array);
    if (!found || (wantMax ? value > bestValue : value < bestValue)) {
      best = array[i];
      bestValue = value;
      found = true;
    }
  }
  return best;
}
//- String.prototype.has
function has(find) {
  return find instanceof RegExp ? this.search(find) !== -1 : String(this).indexOf(String(find)) !== -1;
}
//- Array.prototype.each
function each(fn, index) {
  var start = index || 0;
  for (var i = start; i < this.length; i++) {
    if (!(i in this)) { continue; }
    if (fn.call(this, this[i], i, this) === false) { break; }
  }
  return this;
}
//- Array.prototype.any
function any(match) {
  var test = lib.$matcher(match);
  for (var i = 0; i < this.length; i++) { if (i in this && test.call(this, this[i], i, this)) { return true; } }
  return false;
}
//- Array.prototype.none
function none(match) { return !this.any(match); }
//- Array.prototype.all
function all(match) {
  var test = lib.$matcher(match);
  for (var i = 0; i < this.length; i++) { if (i in this && !test.call(this, this[i], i, this)) { return false; } }
  return true;
}
//- Array.prototype.first
function first(count) {
  if (count === undefined) { return this[0]; }
  return this.slice(0, Math.max(count, 0));
}
//- Array.prototype.last
function last(count) {
  if (count === undefined) { return this[this.length - 1]; }
  return this.slice(Math.max(this.length - count, 0));
}
//- Array.prototype.compact
function compact(all) {
  return this.filter(function (value) {
    if (all) { return !!value; }
    return value !== null && value !== undefined && value === value;
  });
}
//- Array.prototype.unique
function unique(map) {
  var fn = lib.$mapper(map), seen = [], result = [];
  for (var i = 0; i < this.length; i++) {
    var key = fn(this[i], i, this);
    if (!seen.some(function (other) { return lib.$equal(other, key); })) {
      seen.push(key);
      result.push(this[i]);
    }
  }
  return result;
}
//- Array.prototype.sum
function sum(map) {
  var fn = lib.$mapper(map), total = 0;
  for (var i = 0; i < this.length; i++) { total += fn(this[i], i, this); }
  return total;
}
//- Array.prototype.average
function average(map) { return this.length > 0 ? this.sum(map) / this.length : 0; }
//- Array.prototype.min
function min(map) { return lib.$extremes(this, map, false); }
//- Array.prototype.max
function max(map) { return lib.$extremes(this, map, true); }
//- Array.prototype.count
function count(match) {
  var test = lib.$matcher(match), total = 0;
  for (var i = 0; i < this.length; i++) { if (test.call(this, this[i], i, this)) { total++; } }
  return total;
}
//- Array.prototype.exclude
function exclude() {
  var tests = Array.prototype.map.call(arguments, function (value) { return lib.$matcher(value); });
  return this.filter(function (value) { return !tests.some(function (test) { return test(value); }); });
}
//- Array.prototype.flatten
function flatten(limit) {
  var result = [];
  (function walk(array, depth) {
    array.forEach(function (value) {
      if (Array.isArray(value) && (limit === undefined || depth < limit)) { walk(value, depth + 1); } else { result.push(value); }
    });
  })(this, 0);
  return result;
}
//- Array.prototype.isEmpty
function isEmpty() { return this.compact().length === 0; }
//- Array.prototype.findAll
function findAll(match) { return this.filter(lib.$matcher(match)); }
//- Array.prototype.sortBy
function sortBy(map, descending) {
  var fn = lib.$mapper(map);
  return this.slice().sort(function (a, b) {
    var x = fn(a), y = fn(b), order = x < y ? -1 : x > y ? 1 : 0;
    return descending ? -order : order;
  });
}
//- Array.prototype.add
function add(item, index) {
  var result = this.slice();
  var items = Array.isArray(item) ? item : [item];
  result.splice.apply(result, [index === undefined ? result.length : index, 0].concat(items));
  return result;
}
//- Array.prototype.include
function include(item, index) { return this.add(item, index); }
//- Array.prototype.clone
function clone() { return this.slice(); }
//- Array.prototype.groupBy
function groupBy(map) {
  var fn = lib.$mapper(map), groups = {};
  for (var i = 0; i < this.length; i++) {
    var key = fn(this[i], i, this);
    (groups[key] = groups[key] || []).push(this[i]);
  }
  return groups;
}
//- Array.prototype.inGroupsOf
function inGroupsOf(size, padding) {
  var groups = [];
  for (var i = 0; i < this.length; i += size) {
    var group = this.slice(i, i + size);
    while (group.length < size && padding !== undefined) { group.push(padding); }
    if (group.length < size) { while (group.length < size) { group.push(null); } }
    groups.push(group);
  }
  return groups;
}
//- Number.prototype.isEven
function isEven() { return this % 2 === 0; }
//- Number.prototype.isOdd
function isOdd() { return Math.abs(this % 2) === 1; }
//- Number.prototype.hex
function hex(pad) {
  var text = Number(this).toString(16);
  while (pad && text.length < pad) { text = '0' + text; }
  return text;
}
//- Number.prototype.ordinalize
function ordinalize() {
  var number = Math.abs(Math.floor(this)), last = number % 100, suffix;
  if (last >= 11 && last <= 13) { suffix = 'th'; } else {
    suffix = ['th', 'st', 'nd', 'rd'][number % 10] || 'th';
  }
  return String(Math.floor(this)) + suffix;
}
//- Function.prototype.once
function once() {
  var fn = this, called = false, result;
  return function () {
    if (!called) { called = true; result = fn.apply(this, arguments); }
    return result;
  };
}
//- Object.isString
function isString(value) { return Object.prototype.toString.call(value) === '[object String]'; }
//- Object.isNumber
function isNumber(value) { return Object.prototype.toString.call(value) === '[object Number]'; }
//- Object.isBoolean
function isBoolean(value) { return Object.prototype.toString.call(value) === '[object Boolean]'; }
//- Object.isFunction
function isFunction(value) { return typeof value === 'function'; }
//- Object.isArray
function isArray(value) { return Array.isArray(value); }
//- Object.isDate
function isDate(value) { return Object.prototype.toString.call(value) === '[object Date]'; }
//- Object.isRegExp
function isRegExp(value) { return Object.prototype.toString.call(value) === '[object RegExp]'; }
//- Object.isObject
function isObject(value) {
  return !!value && Object.prototype.toString.call(value) === '[object Object]' &&
    (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);
}
//- Object.each
function each(object, fn) {
  Object.keys(object).forEach(function (key) { fn.call(object, key, object[key], object); });
  return object;
}
"""##
}
