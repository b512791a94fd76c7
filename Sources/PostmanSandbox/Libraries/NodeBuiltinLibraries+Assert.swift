extension NodeBuiltinLibraries {
    /// `assert`, as JavaScript units.
    static let assertSource = ##"""
//- module
(function () {
  function assert(value, message) { lib.$ok(value, message, arguments.length, 'assert'); }
  assert.ok = assert;
  ['AssertionError', 'equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
    'notDeepStrictEqual', 'throws', 'doesNotThrow', 'fail', 'match', 'doesNotMatch', 'ifError', 'rejects', 'doesNotReject']
    .forEach(function (name) {
      Object.defineProperty(assert, name, {
        configurable: true, enumerable: true,
        get: function () { var value = lib[name]; Object.defineProperty(assert, name, { value: value, writable: true, configurable: true, enumerable: true }); return value; },
        set: function (value) { Object.defineProperty(assert, name, { value: value, writable: true, configurable: true, enumerable: true }); }
      });
    });
  assert.strict = assert;
  return assert;
})()
//- AssertionError
(function () {
  class AssertionError extends Error {
    constructor(options) {
      if (options === null || typeof options !== 'object') {
        var error = new TypeError('The "options" argument must be of type object. Received ' + (options === null || options === undefined ? String(options) : 'type ' + typeof options + ' (' + String(options) + ')'));
        error.code = 'ERR_INVALID_ARG_TYPE';
        throw error;
      }
      var operator = options.operator, message = options.message;
      if (message !== undefined && message !== null) {
        message = String(message);
        if (operator === 'strictEqual' || operator === 'deepStrictEqual') { message = lib.$diffMessage(options.actual, options.expected, operator, message); }
      } else {
        message = lib.$generatedMessage(options.actual, options.expected, operator);
      }
      super(message);
      this.generatedMessage = options.message === undefined || options.message === null;
      Object.defineProperty(this, 'name', { value: 'AssertionError', writable: true, configurable: true, enumerable: false });
      this.code = 'ERR_ASSERTION';
      this.actual = options.actual;
      this.expected = options.expected;
      this.operator = operator;
    }
  }
  return AssertionError;
})()
//- $throwFailure
function throwFailure(actual, expected, message, operator) {
  if (message instanceof Error) { throw message; }
  throw new lib.AssertionError({ actual: actual, expected: expected, message: message, operator: operator });
}
//- $ok
function ok(value, message, count, name) {
  if (value) { return; }
  if (count === 0) { message = 'No value argument passed to `assert.ok()`'; }
  else if (message === undefined) { message = lib.$inspect(value) + ' == true'; }
  var error = new lib.AssertionError({ actual: value, expected: true, message: message, operator: '==' });
  if (message instanceof Error) { throw message; }
  error.generatedMessage = count === 0 || arguments[1] === undefined;
  throw error;
}
//- $inspect
function inspect(value, indentation) {
  // Node's assert messages print values with util.inspect's { compact: false, sorted: true } options.
  indentation = indentation || '';
  if (typeof value === 'string') { return "'" + value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'"; }
  if (typeof value === 'number') { return Object.is(value, -0) ? '-0' : String(value); }
  if (typeof value === 'bigint') { return value + 'n'; }
  if (typeof value === 'symbol' || value === null || value === undefined || typeof value === 'boolean') { return String(value); }
  if (typeof value === 'function') {
    return /^class\b/.test(Function.prototype.toString.call(value)) ? '[class ' + value.name + ']' : '[Function: ' + (value.name || '(anonymous)') + ']';
  }
  if (value instanceof Date) { return isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString(); }
  if (value instanceof RegExp) { return String(value); }
  if (value instanceof Error) { return value.stack ? String(value.stack).split('\n')[0] === String(value) ? String(value) : String(value) : String(value); }
  var inner = indentation + '  ', lines = [], open, close = '}';
  var prototype = Object.getPrototypeOf(value), name = prototype && prototype.constructor && prototype.constructor.name;
  if (Array.isArray(value)) {
    open = (name && name !== 'Array' ? name + '(' + value.length + ') ' : '') + '[';
    close = ']';
    for (var i = 0; i < value.length; i++) { lines.push(lib.$inspect(value[i], inner)); }
  } else if (value instanceof Map) {
    open = 'Map(' + value.size + ') {';
    value.forEach(function (item, key) { lines.push(lib.$inspect(key, inner) + ' => ' + lib.$inspect(item, inner)); });
  } else if (value instanceof Set) {
    open = 'Set(' + value.size + ') {';
    value.forEach(function (item) { lines.push(lib.$inspect(item, inner)); });
  } else {
    open = prototype === null ? '[Object: null prototype] {' : (name && name !== 'Object' ? name + ' {' : '{');
  }
  if (!Array.isArray(value)) {
    Object.keys(value).sort().forEach(function (key) {
      var label = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : lib.$inspect(key);
      lines.push(label + ': ' + lib.$inspect(value[key], inner));
    });
  }
  if (lines.length === 0) { return open + close; }
  return open + '\n' + inner + lines.join(',\n' + inner) + '\n' + indentation + close;
}
//- $readableOperator
({
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
})
//- $generatedMessage
function generatedMessage(actual, expected, operator) {
  var readable = lib.$readableOperator;
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') { return lib.$diffMessage(actual, expected, operator); }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    var shown = lib.$inspect(actual).split('\n'), header = readable[operator];
    if (operator === 'notStrictEqual' && ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      header = readable.notStrictEqualObject;
    }
    if (shown.length === 1) { return header + ' ' + shown[0]; }
    return header + '\n\n' + shown.join('\n') + '\n';
  }
  var left = lib.$inspect(actual), right = lib.$inspect(expected);
  if (operator === 'deepEqual') { return readable.deepEqual + '\n\n' + left + '\n\nshould loosely deep-equal\n\n' + right; }
  if (operator === 'notDeepEqual') {
    return (left === right ? readable.notDeepEqual : readable.notDeepEqualUnequal) + '\n\n' + left + (left === right ? '' : '\n\nshould not loosely deep-equal\n\n' + right);
  }
  if (operator === 'fail') { return 'Failed'; }
  return left + ' ' + operator + ' ' + right;
}
//- $diffMessage
function diffMessage(actual, expected, operator, message) {
  if (operator === 'strictEqual' && ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
      (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  var header = message === undefined ? lib.$readableOperator[operator] : message;
  var actualLines = lib.$inspect(actual).split('\n'), expectedLines = lib.$inspect(expected).split('\n'), indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    var length = actualLines[0].length + expectedLines[0].length;
    if (length <= 12) {
      if ((typeof actual !== 'object' || actual === null) && (typeof expected !== 'object' || expected === null) && (actual !== 0 || expected !== 0)) {
        return header + '\n\n' + actualLines[0] + ' !== ' + expectedLines[0] + '\n';
      }
    } else if (operator !== 'strictEqualObject' && length < 80) {
      var i = 0;
      while (actualLines[0][i] === expectedLines[0][i]) { i++; }
      if (i > 2) { indicator = '\n  ' + ' '.repeat(i) + '^'; }
    }
  }
  if (actualLines.join('\n') === expectedLines.join('\n')) {
    var base = operator === 'strictEqualObject' ? 'Values have same structure but are not reference-equal:' : lib.$readableOperator.notIdentical;
    return (message === undefined ? base : message) + '\n\n' + actualLines.join('\n') + '\n';
  }
  var end = '';
  while (actualLines.length > 0 && expectedLines.length > 0 && actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    end = '\n  ' + actualLines.pop() + end;
    expectedLines.pop();
  }
  var result = '', other = '', count = Math.max(actualLines.length, expectedLines.length);
  for (var j = 0; j < count; j++) {
    var a = actualLines[j], e = expectedLines[j];
    if (j >= actualLines.length) { other += '\n- ' + e; }
    else if (j >= expectedLines.length) { result += '\n+ ' + a; }
    else if (a === e || (a.slice(-1) === ',' && a.slice(0, -1) === e) || (e.slice(-1) === ',' && e.slice(0, -1) === a)) {
      result += other + '\n  ' + a;
      other = '';
    } else {
      result += '\n+ ' + a;
      other += '\n- ' + e;
    }
  }
  return header + '\n+ actual - expected\n' + result + other + end + indicator;
}
//- equal
function equal(actual, expected, message) {
  if (!(actual == expected || (actual !== actual && expected !== expected))) { lib.$throwFailure(actual, expected, message, '=='); }
}
//- notEqual
function notEqual(actual, expected, message) {
  if (actual == expected || (actual !== actual && expected !== expected)) { lib.$throwFailure(actual, expected, message, '!='); }
}
//- strictEqual
function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) { lib.$throwFailure(actual, expected, message, 'strictEqual'); }
}
//- notStrictEqual
function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) { lib.$throwFailure(actual, expected, message, 'notStrictEqual'); }
}
//- deepEqual
function deepEqual(actual, expected, message) {
  if (!lib.$deepEqual(actual, expected, false)) { lib.$throwFailure(actual, expected, message, 'deepEqual'); }
}
//- notDeepEqual
function notDeepEqual(actual, expected, message) {
  if (lib.$deepEqual(actual, expected, false)) { lib.$throwFailure(actual, expected, message, 'notDeepEqual'); }
}
//- deepStrictEqual
function deepStrictEqual(actual, expected, message) {
  if (!lib.$deepEqual(actual, expected, true)) { lib.$throwFailure(actual, expected, message, 'deepStrictEqual'); }
}
//- notDeepStrictEqual
function notDeepStrictEqual(actual, expected, message) {
  if (lib.$deepEqual(actual, expected, true)) { lib.$throwFailure(actual, expected, message, 'notDeepStrictEqual'); }
}
//- fail
function fail(message) {
  if (message instanceof Error) { throw message; }
  var error = new lib.AssertionError({ message: message === undefined ? 'Failed' : message, operator: 'fail' });
  error.generatedMessage = message === undefined;
  throw error;
}
//- $checkError
function checkError(actual, expected, message) {
  if (expected === undefined) { return; }
  if (expected instanceof RegExp) {
    if (!expected.test(String(actual))) {
      var mismatch = new lib.AssertionError({ actual: actual, expected: expected, message: message || 'The input did not match the regular expression ' + expected + '. Input:\n\n' + lib.$inspect(String(actual)) + '\n', operator: 'throws' });
      mismatch.generatedMessage = !message;
      throw mismatch;
    }
    return;
  }
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) { return; }
    if (Error.isPrototypeOf(expected) || expected === Error) {
      var name = actual && actual.constructor && actual.constructor.name;
      var wrong = new lib.AssertionError({ actual: actual, expected: expected, operator: 'throws',
        message: message || 'The error is expected to be an instance of "' + expected.name + '". Received "' + name + '"\n\nError message:\n\n' + (actual && actual.message) });
      wrong.generatedMessage = !message;
      throw wrong;
    }
    if (expected.call({}, actual) !== true) {
      var rejected = new lib.AssertionError({ actual: actual, expected: expected, operator: 'throws',
        message: message || 'The ' + (expected.name ? '"' + expected.name + '" validation function' : 'validation function') + ' is expected to return "true". Received ' + lib.$inspect(expected.call({}, actual)) });
      rejected.generatedMessage = !message;
      throw rejected;
    }
    return;
  }
  if (typeof expected === 'object' && expected !== null) {
    var keys = Object.keys(expected);
    if (expected instanceof Error) { keys.push('name', 'message'); }
    keys.forEach(function (key) {
      var wanted = expected[key], got = actual === null || actual === undefined ? undefined : actual[key];
      var matches = wanted instanceof RegExp && typeof got === 'string' ? wanted.test(got) : lib.$deepEqual(got, wanted, true);
      if (!matches) {
        var actualShown = {}, expectedShown = {};
        keys.forEach(function (k) { actualShown[k] = actual[k]; expectedShown[k] = expected[k]; });
        function Comparison(source) { Object.assign(this, source); }
        var differs = new lib.AssertionError({ actual: actual, expected: expected, operator: 'throws',
          message: message || lib.$diffMessage(new Comparison(actualShown), new Comparison(expectedShown), 'deepStrictEqual') });
        differs.generatedMessage = !message;
        throw differs;
      }
    });
  }
}
//- throws
function throws(block, expected, message) {
  if (typeof block !== 'function') {
    var error = new TypeError('The "fn" argument must be of type function. Received ' + (block === undefined || block === null ? String(block) : 'type ' + typeof block));
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  var threw = false, caught;
  try { block(); } catch (thrown) { threw = true; caught = thrown; }
  if (!threw) {
    var details = '';
    if (expected && expected.name) { details += ' (' + expected.name + ')'; }
    details += message ? ': ' + message : '.';
    var missing = new lib.AssertionError({ actual: undefined, expected: expected, operator: 'throws', message: 'Missing expected exception' + details });
    missing.generatedMessage = false;
    throw missing;
  }
  lib.$checkError(caught, expected, message);
}
//- doesNotThrow
function doesNotThrow(block, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  try { block(); } catch (thrown) {
    if (expected === undefined || (typeof expected === 'function' && expected.prototype !== undefined && thrown instanceof expected) ||
        (expected instanceof RegExp && expected.test(String(thrown)))) {
      var unwanted = new lib.AssertionError({ actual: thrown, expected: expected, operator: 'doesNotThrow',
        message: 'Got unwanted exception' + (message ? ': ' + message : '.') + '\nActual message: "' + (thrown && thrown.message) + '"' });
      unwanted.generatedMessage = false;
      throw unwanted;
    }
    throw thrown;
  }
}
//- match
function match(string, regexp, message) { lib.$match(string, regexp, message, 'match'); }
//- doesNotMatch
function doesNotMatch(string, regexp, message) { lib.$match(string, regexp, message, 'doesNotMatch'); }
//- $match
function matchCheck(string, regexp, message, operator) {
  if (typeof string !== 'string') {
    var error = new TypeError('The "string" argument must be of type string. Received ' + (string === null || string === undefined ? String(string) : typeof string === 'object' ? 'an instance of ' + ((string.constructor && string.constructor.name) || 'Object') : 'type ' + typeof string + ' (' + String(string) + ')'));
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  var matched = regexp.test(string);
  if (matched === (operator === 'match')) { return; }
  if (message instanceof Error) { throw message; }
  var failure = new lib.AssertionError({ actual: string, expected: regexp, operator: operator,
    message: message || (operator === 'match' ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') + regexp + '. Input:\n\n' + lib.$inspect(string) + '\n' });
  failure.generatedMessage = !message;
  throw failure;
}
//- ifError
function ifError(value) {
  if (value === null || value === undefined) { return; }
  var text = value && typeof value === 'object' && typeof value.message === 'string' ? (value.message || value.constructor.name) : lib.$inspect(value);
  var error = new lib.AssertionError({ actual: value, expected: null, operator: 'ifError', message: 'ifError got unwanted exception: ' + text });
  error.generatedMessage = false;
  throw error;
}
//- rejects
function rejects(promiseOrFunction, expected, message) {
  var promise = typeof promiseOrFunction === 'function' ? promiseOrFunction() : promiseOrFunction;
  return Promise.resolve(promise).then(function () {
    if (typeof expected === 'string') { message = expected; expected = undefined; }
    var missing = new lib.AssertionError({ actual: undefined, expected: expected, operator: 'rejects',
      message: 'Missing expected rejection' + (expected && expected.name ? ' (' + expected.name + ')' : '') + (message ? ': ' + message : '.') });
    missing.generatedMessage = !message;
    throw missing;
  }, function (reason) {
    if (typeof expected === 'string') { message = expected; expected = undefined; }
    lib.$checkError(reason, expected, message);
  });
}
//- doesNotReject
function doesNotReject(promiseOrFunction, message) {
  var promise = typeof promiseOrFunction === 'function' ? promiseOrFunction() : promiseOrFunction;
  return Promise.resolve(promise).then(function () {}, function (reason) {
    var unwanted = new lib.AssertionError({ actual: reason, operator: 'doesNotReject',
      message: 'Got unwanted rejection.\nActual message: "' + (reason && reason.message) + '"' });
    unwanted.generatedMessage = !message;
    throw unwanted;
  });
}
"""##
}
