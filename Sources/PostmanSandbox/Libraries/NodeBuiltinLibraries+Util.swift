extension NodeBuiltinLibraries {
    /// `util`, as JavaScript units.
    static let utilSource = ##"""
//- inspect
(function () {
  function inspect(value) {
    // The interpreter's inspector prints a Date as `Date {}`; Node prints its ISO form.
    if (value instanceof Date) { return isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString(); }
    return native.inspect(value);
  }
  inspect.custom = Symbol.for('nodejs.util.inspect.custom');
  inspect.defaultOptions = { showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false, maxArrayLength: 100, maxStringLength: 10000, breakLength: 128, compact: 3, sorted: false, getters: false, numericSeparator: false };
  return inspect;
})()
//- $formatNumber
function formatNumber(number) { return Object.is(number, -0) ? '-0' : String(number); }
//- format
function format(first) {
  var args = Array.prototype.slice.call(arguments, 1), out = '', index = 0, inspect = native.inspect;
  var asText = function (value) { return typeof value === 'string' ? value : inspect(value); };
  if (typeof first !== 'string') {
    return Array.prototype.slice.call(arguments).map(asText).join(' ');
  }
  var last = 0;
  for (var i = 0; i < first.length - 1; i++) {
    if (first.charCodeAt(i) !== 37) { continue; }
    var code = first.charAt(i + 1), text;
    if (code === '%') {
      out += first.slice(last, i) + '%';
      last = i + 2;
      i++;
      continue;
    }
    if (index >= args.length || 'sdifjoOc'.indexOf(code) === -1) { continue; }
    var arg = args[index];
    switch (code) {
      case 's':
        if (typeof arg === 'number') { text = lib.$formatNumber(arg); }
        else if (typeof arg === 'bigint') { text = arg + 'n'; }
        else if (arg !== null && typeof arg === 'object') {
          text = arg instanceof Error || (typeof arg.toString === 'function' && arg.toString !== Object.prototype.toString &&
            Object.prototype.hasOwnProperty.call(arg, 'toString')) ? String(arg) : inspect(arg);
        } else { text = String(arg); }
        break;
      case 'd':
        text = typeof arg === 'bigint' ? arg + 'n' : typeof arg === 'symbol' || (arg !== null && typeof arg === 'object') ? 'NaN' : lib.$formatNumber(Number(arg));
        break;
      case 'i':
        text = typeof arg === 'bigint' ? arg + 'n' : typeof arg === 'symbol' ? 'NaN' : lib.$formatNumber(parseInt(arg, 10));
        break;
      case 'f':
        text = typeof arg === 'symbol' ? 'NaN' : lib.$formatNumber(parseFloat(arg));
        break;
      case 'j':
        try { text = JSON.stringify(arg); } catch (error) { text = '[Circular]'; }
        if (text === undefined) { text = 'undefined'; }
        break;
      case 'o': case 'O':
        text = inspect(arg);
        break;
      case 'c':
        text = '';
        break;
    }
    out += first.slice(last, i) + text;
    last = i + 2;
    index++;
    i++;
  }
  out += first.slice(last);
  for (; index < args.length; index++) { out += ' ' + asText(args[index]); }
  return out;
}
//- formatWithOptions
function formatWithOptions(options) { return lib.format.apply(null, Array.prototype.slice.call(arguments, 1)); }
//- inherits
function inherits(ctor, superCtor) {
  var fail = function (name, value, kind, what) {
    var received = value === null || value === undefined ? String(value) : typeof value === 'object' ? 'an instance of ' + ((value.constructor && value.constructor.name) || 'Object') : 'type ' + typeof value + ' (' + (typeof value === 'string' ? "'" + value + "'" : String(value)) + ')';
    var error = new TypeError('The "' + name + '" ' + (what || 'argument') + ' must be of type ' + kind + '. Received ' + received);
    error.code = 'ERR_INVALID_ARG_TYPE';
    return error;
  };
  if (ctor === undefined || ctor === null) { throw fail('ctor', ctor, 'function'); }
  if (superCtor === undefined || superCtor === null) { throw fail('superCtor', superCtor, 'function'); }
  if (superCtor.prototype === undefined) { throw fail('superCtor.prototype', superCtor.prototype, 'object', 'property'); }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}
//- isDeepStrictEqual
function isDeepStrictEqual(a, b) { return lib.$deepEqual(a, b, true); }
//- deprecate
function deprecate(fn, message, code) {
  if (typeof fn !== 'function') {
    var error = new TypeError('The "fn" argument must be of type function. Received ' + (fn === undefined || fn === null ? String(fn) : 'type ' + typeof fn + ' (' + String(fn) + ')'));
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  // Node prints the warning on stderr once; Postie has no stderr for scripts, so the wrapper only forwards.
  function deprecated() {
    return new.target ? Reflect.construct(fn, arguments, new.target) : fn.apply(this, arguments);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) { deprecated.prototype = fn.prototype; }
  return deprecated;
}
//- promisify
(function () {
  var custom = Symbol.for('nodejs.util.promisify.custom');
  function promisify(original) {
    if (typeof original !== 'function') {
      var error = new TypeError('The "original" argument must be of type function. Received ' + (original === undefined || original === null ? String(original) : 'type ' + typeof original + ' (' + String(original) + ')'));
      error.code = 'ERR_INVALID_ARG_TYPE';
      throw error;
    }
    if (typeof original[custom] === 'function') { return original[custom]; }
    function promisified() {
      var self = this, args = Array.prototype.slice.call(arguments);
      return new Promise(function (resolve, reject) {
        args.push(function (error, value) {
          if (error) { reject(error); } else if (arguments.length > 2) { resolve(Array.prototype.slice.call(arguments, 1)); } else { resolve(value); }
        });
        original.apply(self, args);
      });
    }
    Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
    return promisified;
  }
  promisify.custom = custom;
  return promisify;
})()
//- callbackify
function callbackify(original) {
  return function () {
    var args = Array.prototype.slice.call(arguments), callback = args.pop(), self = this;
    original.apply(this, args).then(function (value) { callback.call(self, null, value); }, function (reason) {
      if (!reason) {
        var error = new Error('Promise was rejected with a falsy value');
        error.code = 'ERR_FALSY_VALUE_REJECTION';
        error.reason = reason;
        reason = error;
      }
      callback.call(self, reason);
    });
  };
}
//- types
(function () {
  var tag = function (value) { return Object.prototype.toString.call(value).slice(8, -1); };
  var objectOf = function (name) { return function (value) { return value !== null && typeof value === 'object' && tag(value) === name; }; };
  return {
    isDate: objectOf('Date'),
    isRegExp: objectOf('RegExp'),
    isMap: objectOf('Map'),
    isSet: objectOf('Set'),
    isWeakMap: objectOf('WeakMap'),
    isWeakSet: objectOf('WeakSet'),
    isPromise: function (value) { return value instanceof Promise; },
    isNativeError: function (value) { return value instanceof Error; },
    isBoxedPrimitive: function (value) {
      return value instanceof Number || value instanceof String || value instanceof Boolean || (value !== null && typeof value === 'object' && tag(value) === 'Symbol');
    },
    isNumberObject: function (value) { return value instanceof Number; },
    isStringObject: function (value) { return value instanceof String; },
    isBooleanObject: function (value) { return value instanceof Boolean; },
    isSymbolObject: function (value) { return value !== null && typeof value === 'object' && tag(value) === 'Symbol'; },
    isAsyncFunction: function () { return false; },
    isGeneratorFunction: function () { return false; },
    isGeneratorObject: function () { return false; },
    isArrayBuffer: function () { return false; },
    isTypedArray: function () { return false; },
    isUint8Array: function (value) { return value instanceof require('buffer').Buffer; },
    isProxy: function () { return false; }
  };
})()
//- isArray
Array.isArray
//- isBoolean
function isBoolean(value) { return typeof value === 'boolean'; }
//- isNull
function isNull(value) { return value === null; }
//- isNullOrUndefined
function isNullOrUndefined(value) { return value === null || value === undefined; }
//- isNumber
function isNumber(value) { return typeof value === 'number'; }
//- isString
function isString(value) { return typeof value === 'string'; }
//- isSymbol
function isSymbol(value) { return typeof value === 'symbol'; }
//- isUndefined
function isUndefined(value) { return value === undefined; }
//- isRegExp
function isRegExp(value) { return lib.types.isRegExp(value); }
//- isObject
function isObject(value) { return value !== null && typeof value === 'object'; }
//- isDate
function isDate(value) { return lib.types.isDate(value); }
//- isError
function isError(value) { return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]'; }
//- isFunction
function isFunction(value) { return typeof value === 'function'; }
//- isPrimitive
function isPrimitive(value) { return value === null || (typeof value !== 'object' && typeof value !== 'function'); }
//- isBuffer
function isBuffer(value) { return require('buffer').Buffer.isBuffer(value); }
"""##
}
