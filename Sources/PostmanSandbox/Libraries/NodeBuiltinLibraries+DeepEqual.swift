extension NodeBuiltinLibraries {
    /// Node's deep-equality comparison, shared by `util.isDeepStrictEqual` and `assert.deepEqual`.
    static let deepEqualSource = ##"""
//- $deepEqual
function deepEqual(actual, expected, strict, memo) {
  // Node's assert.deepEqual / deepStrictEqual comparison for the common types.
  if (strict ? Object.is(actual, expected) : (actual == expected || (actual !== actual && expected !== expected))) { return true; }
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
    return false;
  }
  var tag = Object.prototype.toString;
  if (tag.call(actual) !== tag.call(expected)) { return false; }
  if (strict && Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) { return false; }
  if (Array.isArray(actual) !== Array.isArray(expected)) { return false; }
  if (actual instanceof Date) {
    if (actual.getTime() !== expected.getTime()) { return false; }
  } else if (actual instanceof RegExp) {
    if (String(actual) !== String(expected) || actual.lastIndex !== expected.lastIndex) { return false; }
  } else if (actual instanceof Error) {
    if (actual.message !== expected.message || actual.name !== expected.name) { return false; }
  } else if (actual instanceof Number || actual instanceof String || actual instanceof Boolean) {
    if (!Object.is(actual.valueOf(), expected.valueOf())) { return false; }
  }
  memo = memo || { actual: [], expected: [] };
  for (var m = 0; m < memo.actual.length; m++) {
    if (memo.actual[m] === actual && memo.expected[m] === expected) { return true; }
  }
  memo.actual.push(actual);
  memo.expected.push(expected);
  var result = lib.$deepEqualEntries(actual, expected, strict, memo);
  memo.actual.pop();
  memo.expected.pop();
  return result;
}
//- $deepEqualEntries
function deepEqualEntries(actual, expected, strict, memo) {
  var keys = function (object) {
    var own = Object.keys(object);
    if (strict) {
      Object.getOwnPropertySymbols(object).forEach(function (symbol) {
        if (Object.prototype.propertyIsEnumerable.call(object, symbol)) { own.push(symbol); }
      });
    }
    return own;
  };
  var actualKeys = keys(actual), expectedKeys = keys(expected);
  if (actualKeys.length !== expectedKeys.length) { return false; }
  for (var i = 0; i < actualKeys.length; i++) {
    if (!Object.prototype.propertyIsEnumerable.call(expected, actualKeys[i])) { return false; }
  }
  if (actual instanceof Map) {
    if (actual.size !== expected.size) { return false; }
    var mapEqual = true;
    actual.forEach(function (value, key) {
      if (!mapEqual) { return; }
      if (!expected.has(key)) {
        var found = false;
        expected.forEach(function (otherValue, otherKey) {
          if (!found && lib.$deepEqual(key, otherKey, strict, memo) && lib.$deepEqual(value, otherValue, strict, memo)) { found = true; }
        });
        mapEqual = found;
      } else {
        mapEqual = lib.$deepEqual(value, expected.get(key), strict, memo);
      }
    });
    if (!mapEqual) { return false; }
  } else if (actual instanceof Set) {
    if (actual.size !== expected.size) { return false; }
    var setEqual = true;
    actual.forEach(function (value) {
      if (!setEqual || expected.has(value)) { return; }
      var found = false;
      expected.forEach(function (other) { if (!found && lib.$deepEqual(value, other, strict, memo)) { found = true; } });
      setEqual = found;
    });
    if (!setEqual) { return false; }
  }
  for (var j = 0; j < actualKeys.length; j++) {
    var key = actualKeys[j];
    if (!lib.$deepEqual(actual[key], expected[key], strict, memo)) { return false; }
  }
  return true;
}
"""##
}
