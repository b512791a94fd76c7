/// The JavaScript half of the sandbox: `pm`, chai's `expect` with chai-postman, `console` and the legacy API,
/// written for Postie and evaluated once per realm on top of the native `__host` object.
enum SandboxPrelude {
    static let source = ##"""
// Postie's script sandbox, in JavaScript: pm, chai's expect with chai-postman, console and the legacy API.
// The host object __host is provided by Swift; everything else is defined here, once per realm.
(function (global, host) {
  'use strict';

  // ---------------------------------------------------------------- value rendering (chai/loupe style)
  // No regular expressions here: the sandbox must start even where the engine has no RegExp.
  function isIdentifier(key) {
    if (key.length === 0) return false;
    for (var i = 0; i < key.length; i++) {
      var c = key.charAt(i);
      var letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
    }
    return true;
  }

  function isDate(value) {
    return Object.prototype.toString.call(value) === '[object Date]';
  }

  function isRegExp(value) {
    return Object.prototype.toString.call(value) === '[object RegExp]';
  }

  function typeName(value) {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    var type = typeof value;
    if (type !== 'object') return type;
    var tag = Object.prototype.toString.call(value).slice(8, -1);
    return tag.toLowerCase();
  }

  function quoteString(text) {
    var out = "'";
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i), code = text.charCodeAt(i);
      if (c === "'") out += "\\'";
      else if (c === '\\') out += '\\\\';
      else if (c === '\n') out += '\\n';
      else if (c === '\t') out += '\\t';
      else if (c === '\r') out += '\\r';
      else if (c === '\b') out += '\\b';
      else if (c === '\f') out += '\\f';
      else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += '\\u' + ('0000' + code.toString(16)).slice(-4);
      else out += c;
    }
    return out + "'";
  }

  function inspectString(text, limit) {
    var quoted = quoteString(text);
    if (quoted.length > limit) quoted = quoted.slice(0, Math.max(1, limit - 2)) + "…'";
    return quoted;
  }

  function inspectNumber(value) {
    if (value === 0) return 1 / value < 0 ? '-0' : '+0';
    return String(value);
  }

  function inspectKey(key) {
    return isIdentifier(key) ? key : quoteString(key);
  }

  // Renders items while they fit the budget; the rest becomes …(n), as loupe's inspectList does.
  function inspectList(items, budget, render) {
    var parts = [];
    var used = 0;
    for (var i = 0; i < items.length; i++) {
      var remaining = items.length - i;
      var text = render(items[i], budget - used);
      var separator = parts.length ? 2 : 0;
      var tail = remaining > 1 ? (', …(' + (remaining - 1) + ')').length : 0;
      if (used + separator + text.length + tail > budget && parts.length > 0) {
        parts.push('…(' + remaining + ')');
        return parts.join(', ');
      }
      if (used + separator + text.length > budget && parts.length === 0 && remaining > 0) {
        return '…(' + remaining + ')';
      }
      parts.push(text);
      used += separator + text.length;
    }
    return parts.join(', ');
  }

  function inspect(value, budget, depth, seen) {
    if (budget === undefined) budget = 40;
    if (depth === undefined) depth = 0;
    seen = seen || [];
    switch (typeof value) {
      case 'undefined': return 'undefined';
      case 'boolean': return String(value);
      case 'number': return inspectNumber(value);
      case 'string': return inspectString(value, budget);
      case 'symbol': return String(value);
      case 'function': return value.name ? '[Function ' + value.name + ']' : '[Function]';
    }
    if (value === null) return 'null';
    if (seen.indexOf(value) >= 0) return '[Circular]';
    if (isDate(value)) return isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (isRegExp(value)) return String(value);
    if (value instanceof Error) return value.name + ': ' + value.message;
    if (depth > 2) return Array.isArray(value) ? '[ Array(' + value.length + ') ]' : '[Object]';
    var nextSeen = seen.concat([value]);
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      var inner = inspectList(value, budget - 4, function (item, left) { return inspect(item, left, depth + 1, nextSeen); });
      return '[ ' + inner + ' ]';
    }
    var keys = Object.keys(value);
    var prefix = '';
    var proto = Object.getPrototypeOf(value);
    if (proto !== null && proto !== Object.prototype && proto.constructor && proto.constructor.name) {
      prefix = proto.constructor.name;
    }
    if (keys.length === 0) return prefix + '{}';
    var body = inspectList(keys, budget - 4 - prefix.length, function (key, left) {
      var name = inspectKey(key);
      return name + ': ' + inspect(value[key], left - name.length - 2, depth + 1, nextSeen);
    });
    return prefix + '{ ' + body + ' }';
  }

  // chai's objDisplay: the inspected form, or a short summary when it is 40 characters or more.
  function display(value) {
    var text = inspect(value);
    if (text.length >= 40) {
      if (typeof value === 'function') return value.name ? '[Function: ' + value.name + ']' : '[Function]';
      if (Array.isArray(value)) return '[ Array(' + value.length + ') ]';
      if (value !== null && typeof value === 'object' && Object.prototype.toString.call(value) === '[object Object]') {
        var keys = Object.keys(value);
        var shown = keys.length > 2 ? keys.slice(0, 2).join(', ') + ', ...' : keys.join(', ');
        return '{ Object (' + shown + ') }';
      }
    }
    return text;
  }

  // ---------------------------------------------------------------- deep equality (deep-eql rules)
  function deepEqual(left, right, memo) {
    if (left === right) return left !== 0 || 1 / left === 1 / right;
    if (left !== left && right !== right) return true;
    if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object') {
      return false;
    }
    if (typeName(left) !== typeName(right)) return false;
    memo = memo || [];
    for (var m = 0; m < memo.length; m++) {
      if (memo[m][0] === left && memo[m][1] === right) return true;
    }
    memo.push([left, right]);
    var type = typeName(left);
    if (type === 'date') return left.getTime() === right.getTime();
    if (type === 'regexp') return String(left) === String(right);
    if (type === 'error') return left.name === right.name && left.message === right.message && left.code === right.code;
    if (type === 'array' || type === 'arguments') {
      if (left.length !== right.length) return false;
      for (var i = 0; i < left.length; i++) if (!deepEqual(left[i], right[i], memo)) return false;
      return true;
    }
    if (type === 'map' || type === 'set') {
      if (left.size !== right.size) return false;
      var a = Array.from(left).sort(), b = Array.from(right).sort();
      return deepEqual(a, b, memo);
    }
    var leftKeys = [], rightKeys = [];
    for (var key in left) leftKeys.push(key);
    for (var key2 in right) rightKeys.push(key2);
    if (leftKeys.length !== rightKeys.length) return false;
    leftKeys.sort();
    rightKeys.sort();
    for (var k = 0; k < leftKeys.length; k++) if (leftKeys[k] !== rightKeys[k]) return false;
    for (var j = 0; j < leftKeys.length; j++) {
      if (!deepEqual(left[leftKeys[j]], right[leftKeys[j]], memo)) return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- chai's expect
  function AssertionError(message) {
    this.message = message;
    this.stack = 'AssertionError: ' + message;
  }
  AssertionError.prototype = Object.create(Error.prototype);
  AssertionError.prototype.constructor = AssertionError;
  AssertionError.prototype.name = 'AssertionError';

  function Assertion(object, message, flags) {
    this.__flags = flags || {};
    this.__flags.object = object;
    if (message) this.__flags.message = message;
  }

  function flag(assertion, name, value) {
    if (arguments.length === 3) { assertion.__flags[name] = value; return assertion; }
    return assertion.__flags[name];
  }

  function article(type) {
    return 'aeiouAEIOU'.indexOf(type.charAt(0)) !== -1 ? 'an ' : 'a ';
  }

  // Fails unless `ok`, with chai's #{this}/#{exp}/#{act} templates.
  Assertion.prototype.assert = function (ok, positive, negative, expected, actual) {
    var negate = flag(this, 'negate');
    if (negate ? !ok : ok) return;
    var template = negate ? negative : positive;
    var object = flag(this, 'object');
    var text = template.split('#{this}').join(display(object));
    if (text.indexOf('#{exp}') !== -1) text = text.split('#{exp}').join(display(expected));
    if (text.indexOf('#{act}') !== -1) text = text.split('#{act}').join(display(actual));
    var prefix = flag(this, 'message');
    throw new AssertionError(prefix ? prefix + ': ' + text : text);
  };

  function chainWord(name) {
    Object.defineProperty(Assertion.prototype, name, { get: function () { return this; }, configurable: true });
  }
  ['to', 'be', 'been', 'is', 'and', 'has', 'have', 'with', 'that', 'which', 'at', 'of', 'same', 'but', 'does',
   'still', 'also'].forEach(chainWord);

  function flagWord(name, key) {
    Object.defineProperty(Assertion.prototype, name, {
      get: function () { flag(this, key || name, true); return this; }, configurable: true
    });
  }
  flagWord('not', 'negate');
  flagWord('deep');
  flagWord('nested');
  flagWord('own');
  flagWord('ordered');
  flagWord('any');
  Object.defineProperty(Assertion.prototype, 'all', {
    get: function () { flag(this, 'any', false); return this; }, configurable: true
  });

  function method(names, body) {
    names.forEach(function (name) { Assertion.prototype[name] = body; });
  }

  // A property that also works as a call: `.a('string')` asserts, `.a.property(…)` chains on.
  function chainable(names, call, asProperty) {
    names.forEach(function (name) {
      Object.defineProperty(Assertion.prototype, name, {
        get: function () {
          var assertion = this;
          if (asProperty) asProperty.call(assertion);
          var callable = function () { return call.apply(assertion, arguments) || assertion; };
          Object.setPrototypeOf(callable, assertion);
          return callable;
        },
        configurable: true
      });
    });
  }

  function property(names, body) {
    names.forEach(function (name) {
      Object.defineProperty(Assertion.prototype, name, {
        get: function () { var result = body.call(this); return result === undefined ? this : result; },
        configurable: true
      });
    });
  }

  function equalTo(expected) {
    var object = flag(this, 'object');
    if (flag(this, 'deep')) {
      return eqlTo.call(this, expected);
    }
    this.assert(object === expected, 'expected #{this} to equal #{exp}', 'expected #{this} to not equal #{exp}', expected);
    return this;
  }
  function eqlTo(expected) {
    this.assert(deepEqual(flag(this, 'object'), expected), 'expected #{this} to deeply equal #{exp}',
      'expected #{this} to not deeply equal #{exp}', expected);
    return this;
  }
  method(['equal', 'equals', 'eq'], equalTo);
  method(['eql', 'eqls'], eqlTo);

  chainable(['a', 'an'], function (type) {
    var actual = typeName(flag(this, 'object'));
    var wanted = String(type).toLowerCase();
    this.assert(actual === wanted, 'expected #{this} to be ' + article(wanted) + wanted,
      'expected #{this} not to be ' + article(wanted) + wanted);
    return this;
  });

  function includes(expected) {
    var object = flag(this, 'object');
    var deep = flag(this, 'deep');
    var type = typeName(object);
    var found = false;
    var descriptor = (deep ? 'deep ' : '');
    if (type === 'string') {
      found = object.indexOf(expected) !== -1;
    } else if (type === 'array') {
      for (var i = 0; i < object.length && !found; i++) {
        found = deep ? deepEqual(object[i], expected) : object[i] === expected;
      }
    } else if (type === 'map' || type === 'set') {
      object.forEach(function (item) { if (deep ? deepEqual(item, expected) : item === expected) found = true; });
    } else if (object !== null && typeof object === 'object' && expected !== null && typeof expected === 'object') {
      var assertion = this;
      Object.keys(expected).forEach(function (key) {
        var inner = new Assertion(object, flag(assertion, 'message'), { negate: flag(assertion, 'negate'), deep: deep });
        inner.property(key, expected[key]);
      });
      return this;
    } else {
      throw new AssertionError('object tested must be an array, a map, an object, a set, a string, or a weakset, but ' +
        typeName(object) + ' given');
    }
    this.assert(found, 'expected #{this} to ' + descriptor + 'include ' + inspect(expected),
      'expected #{this} to not ' + descriptor + 'include ' + inspect(expected));
    return this;
  }
  chainable(['include', 'includes', 'contain', 'contains'], includes, function () { flag(this, 'contains', true); });

  property(['ok'], function () {
    var object = flag(this, 'object');
    if (object && object.__postieResponse) return responseReason.call(this, 200, 'OK');
    this.assert(!!object, 'expected #{this} to be truthy', 'expected #{this} to be falsy');
  });
  property(['true'], function () {
    this.assert(flag(this, 'object') === true, 'expected #{this} to be true', 'expected #{this} to be false');
  });
  property(['false'], function () {
    this.assert(flag(this, 'object') === false, 'expected #{this} to be false', 'expected #{this} to be true');
  });
  property(['null'], function () {
    this.assert(flag(this, 'object') === null, 'expected #{this} to be null', 'expected #{this} not to be null');
  });
  property(['undefined'], function () {
    this.assert(flag(this, 'object') === undefined, 'expected #{this} to be undefined', 'expected #{this} not to be undefined');
  });
  property(['NaN'], function () {
    var object = flag(this, 'object');
    this.assert(object !== object, 'expected #{this} to be NaN', 'expected #{this} not to be NaN');
  });
  property(['exist', 'exists'], function () {
    var object = flag(this, 'object');
    this.assert(object !== null && object !== undefined, 'expected #{this} to exist', 'expected #{this} to not exist');
  });
  property(['empty'], function () {
    var object = flag(this, 'object');
    var type = typeName(object);
    var size;
    if (type === 'string' || type === 'array') size = object.length;
    else if (type === 'map' || type === 'set') size = object.size;
    else if (object !== null && typeof object === 'object') size = Object.keys(object).length;
    else throw new AssertionError('.empty was passed non-string primitive ' + inspect(object));
    this.assert(size === 0, 'expected #{this} to be empty', 'expected #{this} not to be empty');
  });
  property(['finite'], function () {
    var object = flag(this, 'object');
    this.assert(typeof object === 'number' && isFinite(object), 'expected #{this} to be a finite number',
      'expected #{this} to not be a finite number');
  });

  function measured(assertion, comparison, bound, words) {
    var object = flag(assertion, 'object');
    if (flag(assertion, 'doLength')) {
      var length = object && (object.size !== undefined && typeName(object) !== 'array' ? object.size : object.length);
      assertion.assert(comparison(length, bound), 'expected #{this} to have a length ' + words[0] + ' #{exp} but got #{act}',
        'expected #{this} to not have a length ' + words[0] + ' #{exp}', bound, length);
      return assertion;
    }
    var numeric = typeof object === 'number' || isDate(object);
    if (!numeric) {
      var shown = typeof object === 'string' ? quoteString(object) : inspect(object);
      throw new AssertionError((flag(assertion, 'message') ? flag(assertion, 'message') + ': ' : '') +
        'expected ' + shown + ' to be a number or a date');
    }
    assertion.assert(comparison(object, bound), 'expected #{this} to be ' + words[0] + ' #{exp}',
      'expected #{this} to be ' + words[1] + ' #{exp}', bound);
    return assertion;
  }
  method(['above', 'gt', 'greaterThan'], function (n) { return measured(this, function (a, b) { return a > b; }, n, ['above', 'at most']); });
  method(['least', 'gte', 'greaterThanOrEqual'], function (n) { return measured(this, function (a, b) { return a >= b; }, n, ['at least', 'below']); });
  method(['below', 'lt', 'lessThan'], function (n) { return measured(this, function (a, b) { return a < b; }, n, ['below', 'at least']); });
  method(['most', 'lte', 'lessThanOrEqual'], function (n) { return measured(this, function (a, b) { return a <= b; }, n, ['at most', 'above']); });
  method(['within'], function (low, high) {
    var object = flag(this, 'object');
    var value = flag(this, 'doLength') ? object.length : object;
    var range = low + '..' + high;
    var subject = flag(this, 'doLength') ? 'have a length within ' : 'be within ';
    this.assert(value >= low && value <= high, 'expected #{this} to ' + subject + range, 'expected #{this} to not ' + subject + range);
    return this;
  });
  method(['closeTo', 'approximately'], function (expected, delta) {
    var object = flag(this, 'object');
    this.assert(Math.abs(object - expected) <= delta, 'expected #{this} to be close to ' + expected + ' +/- ' + delta,
      'expected #{this} not to be close to ' + expected + ' +/- ' + delta);
    return this;
  });

  chainable(['length', 'lengthOf'], function (n) {
    var object = flag(this, 'object');
    var isCollection = typeName(object) === 'map' || typeName(object) === 'set';
    var actual = isCollection ? object.size : object.length;
    var noun = isCollection ? 'size' : 'length';
    this.assert(actual == n, 'expected #{this} to have a ' + noun + ' of #{exp} but got #{act}',
      'expected #{this} to not have a ' + noun + ' of #{act}', n, actual);
    return this;
  }, function () { flag(this, 'doLength', true); });

  // `a.b[1].c` → ['a', 'b', 1, 'c'], as pathval reads nested paths.
  function pathParts(path) {
    var parts = [], current = '', text = String(path);
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === '.' || c === '[' || c === ']') {
        if (current !== '') parts.push(c === ']' && String(Number(current)) === current ? Number(current) : current);
        current = '';
      } else {
        current += c;
      }
    }
    if (current !== '') parts.push(current);
    return parts;
  }

  function pathValue(object, path) {
    var parts = pathParts(path);
    var current = object;
    for (var i = 0; i < parts.length; i++) {
      if (current === null || current === undefined || !(parts[i] in Object(current))) return { exists: false };
      current = current[parts[i]];
    }
    return { exists: true, value: current };
  }

  method(['property'], function (name, value) {
    var object = flag(this, 'object');
    if (object === null || object === undefined) throw new AssertionError('Target cannot be null or undefined.');
    var nested = flag(this, 'nested'), own = flag(this, 'own'), deep = flag(this, 'deep');
    var found;
    if (nested) {
      found = pathValue(object, name);
    } else if (own) {
      found = { exists: Object.prototype.hasOwnProperty.call(object, name), value: object[name] };
    } else {
      found = { exists: name in Object(object), value: object[name] };
    }
    var words = (deep ? 'deep ' : '') + (own ? 'own ' : '') + (nested ? 'nested ' : '') + 'property ';
    if (arguments.length < 2 || flag(this, 'negate') && arguments.length < 2) {
      this.assert(found.exists, 'expected #{this} to have ' + words + inspect(name),
        'expected #{this} to not have ' + words + inspect(name));
    }
    if (arguments.length >= 2) {
      var matches = found.exists && (deep ? deepEqual(found.value, value) : found.value === value);
      this.assert(matches, 'expected #{this} to have ' + words + inspect(name) + ' of #{exp}, but got #{act}',
        'expected #{this} to not have ' + words + inspect(name) + ' of #{act}', value, found.value);
    }
    return new Assertion(found.value, flag(this, 'message'));
  });
  method(['ownProperty', 'haveOwnProperty'], function (name, value) {
    flag(this, 'own', true);
    return arguments.length > 1 ? this.property(name, value) : this.property(name);
  });

  method(['match', 'matches'], function (pattern) {
    this.assert(pattern.exec(flag(this, 'object')), 'expected #{this} to match ' + pattern,
      'expected #{this} not to match ' + pattern);
    return this;
  });
  method(['string'], function (text) {
    var object = flag(this, 'object');
    this.assert(typeof object === 'string' && object.indexOf(text) !== -1, 'expected #{this} to contain ' + inspect(text),
      'expected #{this} to not contain ' + inspect(text));
    return this;
  });
  method(['oneOf'], function (list) {
    var object = flag(this, 'object');
    var deep = flag(this, 'deep');
    var found = list.some(function (item) { return deep ? deepEqual(item, object) : item === object; });
    this.assert(found, 'expected #{this} to ' + (deep ? 'deeply equal' : 'be') + ' one of #{exp}',
      'expected #{this} to not ' + (deep ? 'deeply equal' : 'be') + ' one of #{exp}', list);
    return this;
  });
  method(['instanceof', 'instanceOf'], function (constructor) {
    var name = constructor && constructor.name ? constructor.name : String(constructor);
    this.assert(flag(this, 'object') instanceof constructor, 'expected #{this} to be an instance of ' + name,
      'expected #{this} to not be an instance of ' + name);
    return this;
  });
  method(['satisfy', 'satisfies'], function (predicate) {
    this.assert(predicate(flag(this, 'object')), 'expected #{this} to satisfy ' + display(predicate),
      'expected #{this} to not satisfy ' + display(predicate));
    return this;
  });
  method(['keys', 'key'], function () {
    var object = flag(this, 'object');
    var expected = Array.prototype.slice.call(arguments);
    if (expected.length === 1 && Array.isArray(expected[0])) expected = expected[0];
    else if (expected.length === 1 && expected[0] !== null && typeof expected[0] === 'object') expected = Object.keys(expected[0]);
    expected = expected.map(String);
    var actual = typeName(object) === 'map' || typeName(object) === 'set' ? Array.from(object.keys()) : Object.keys(object);
    var any = flag(this, 'any');
    var ok = any ? expected.some(function (k) { return actual.indexOf(k) !== -1; })
      : expected.every(function (k) { return actual.indexOf(k) !== -1; }) &&
        (flag(this, 'contains') || actual.length === expected.length);
    var joined = expected.map(function (k) { return inspect(k); });
    var text = joined.length > 1
      ? 'keys ' + joined.slice(0, -1).join(', ') + ', ' + (any ? 'or ' : 'and ') + joined[joined.length - 1]
      : 'key ' + joined[0];
    var verb = flag(this, 'contains') ? 'contain' : 'have';
    this.assert(ok, 'expected #{this} to ' + verb + ' ' + text, 'expected #{this} to not ' + verb + ' ' + text);
    return this;
  });
  method(['members'], function (expected) {
    var object = flag(this, 'object');
    var deep = flag(this, 'deep'), contains = flag(this, 'contains'), ordered = flag(this, 'ordered');
    function same(a, b) { return deep ? deepEqual(a, b) : a === b; }
    var ok;
    if (ordered) {
      ok = (contains || object.length === expected.length) && expected.every(function (item, i) { return same(object[i], item); });
    } else {
      var pool = object.slice();
      ok = (contains || object.length === expected.length) && expected.every(function (item) {
        for (var i = 0; i < pool.length; i++) if (same(pool[i], item)) { pool.splice(i, 1); return true; }
        return false;
      });
    }
    var what = contains ? (ordered ? 'be an ordered superset of' : 'be a superset of')
      : 'have the same ' + (ordered ? 'ordered ' : '') + 'members as';
    this.assert(ok, 'expected #{this} to ' + what + ' #{exp}', 'expected #{this} to not ' + what + ' #{exp}', expected);
    return this;
  });
  method(['throw', 'throws', 'Throw'], function (expected) {
    var threw = false, error;
    try { flag(this, 'object')(); } catch (e) { threw = true; error = e; }
    if (expected === undefined) {
      this.assert(threw, 'expected #{this} to throw an error', 'expected #{this} to not throw an error but #{act} was thrown',
        undefined, error);
      return this;
    }
    var ok = threw && (typeof expected === 'function' ? error instanceof expected
      : isRegExp(expected) ? expected.test(error && error.message) : String(error && error.message).indexOf(expected) !== -1);
    this.assert(ok, 'expected #{this} to throw ' + display(expected), 'expected #{this} to not throw ' + display(expected));
    return this;
  });

  // ---------------------------------------------------------------- chai-postman
  function requireResponse(assertion) {
    var object = flag(assertion, 'object');
    if (!object || !object.__postieResponse) {
      throw new AssertionError('expecting a postman response object but got ' + display(object));
    }
    return object;
  }
  function responseStatus(expected) {
    var response = requireResponse(this);
    if (typeof expected === 'string') {
      this.assert(response.status === expected, "expected response to have status reason #{exp} but got #{act}",
        'expected response to not have status reason #{act}', expected, response.status);
    } else {
      this.assert(response.code === expected, 'expected response to have status code #{exp} but got #{act}',
        'expected response to not have status code #{act}', expected, response.code);
    }
    return this;
  }
  method(['status'], responseStatus);
  method(['statusCode'], function (code) { return responseStatus.call(this, code); });
  method(['statusReason'], function (reason) { return responseStatus.call(this, reason); });
  function responseReason(code, reason) {
    var response = requireResponse(this);
    this.assert(String(response.status).toUpperCase() === reason.toUpperCase(),
      'expected response to have status reason #{exp} but got #{act}', 'expected response to not have status reason #{act}',
      reason.toUpperCase(), String(response.status).toUpperCase());
    this.assert(response.code === code, 'expected response to have status code #{exp} but got #{act}',
      'expected response to not have status code #{act}', code, response.code);
  }
  [['accepted', 202, 'Accepted'], ['withoutContent', 204, 'No Content'], ['badRequest', 400, 'Bad Request'],
   ['unauthorised', 401, 'Unauthorized'], ['unauthorized', 401, 'Unauthorized'], ['forbidden', 403, 'Forbidden'],
   ['notFound', 404, 'Not Found'], ['notAcceptable', 406, 'Not Acceptable'], ['rateLimited', 429, 'Too Many Requests']
  ].forEach(function (entry) {
    property([entry[0]], function () { responseReason.call(this, entry[1], entry[2]); });
  });
  function codeClass(assertion, digit) {
    var response = requireResponse(assertion);
    var actual = Math.floor(response.code / 100);
    assertion.assert(actual === digit, 'expected response code to be ' + digit + 'XX but found #{act}',
      'expected response code to not be ' + digit + 'XX', undefined, response.code);
  }
  method(['statusCodeClass'], function (digit) { codeClass(this, digit); return this; });
  [['info', 1], ['success', 2], ['redirection', 3], ['clientError', 4], ['serverError', 5]].forEach(function (entry) {
    property([entry[0]], function () { codeClass(this, entry[1]); });
  });
  property(['error'], function () {
    var response = requireResponse(this);
    var digit = Math.floor(response.code / 100);
    this.assert(digit === 4 || digit === 5, 'expected response code to be 4XX or 5XX but found #{act}',
      'expected response code to not be 4XX or 5XX', undefined, response.code);
  });
  method(['header'], function (key, value) {
    var object = flag(this, 'object');
    var kind = object && object.__postieRequest ? 'request' : 'response';
    if (!object || !object.headers || typeof object.headers.get !== 'function') {
      throw new AssertionError('expecting a postman response object but got ' + display(object));
    }
    var present = object.headers.has(key);
    if (arguments.length < 2) {
      this.assert(present, 'expected ' + kind + ' to have header with key ' + inspect(key),
        'expected ' + kind + ' to not have header with key ' + inspect(key));
    } else {
      var actual = object.headers.get(key);
      this.assert(present && actual === value, "expected " + inspect(key) + ' ' + kind + ' header to be #{exp} but got #{act}',
        'expected ' + inspect(key) + ' ' + kind + ' header to not be #{act}', value, actual);
    }
    return this;
  });
  property(['withBody'], function () {
    var response = requireResponse(this);
    this.assert(response.text().length > 0, 'expected response to have content in body', 'expected response to not have content in body');
  });
  property(['json'], function () {
    var response = requireResponse(this);
    var error;
    try { JSON.parse(response.text()); } catch (e) { error = e; }
    this.assert(!error, 'expected response body to be a valid json but got error ' + (error && error.message),
      'expected response body not to be a valid json');
  });
  method(['body'], function (expected) {
    var response = requireResponse(this);
    var text = response.text();
    if (arguments.length === 0) {
      this.assert(text.length > 0, 'expected response to have content in body', 'expected response to not have content in body');
    } else if (isRegExp(expected)) {
      this.assert(expected.test(text), 'expected response body text to match #{exp} but got #{act}',
        'expected response body text to not match #{exp}', expected, text);
    } else if (typeof expected === 'object') {
      var json;
      try { json = JSON.parse(text); } catch (e) { json = undefined; }
      this.assert(deepEqual(json, expected), 'expected response body json to equal #{exp} but got #{act}',
        'expected response body json to not equal #{exp}', expected, json);
    } else {
      this.assert(text === expected, 'expected response body to equal #{exp} but got #{act}',
        'expected response body to not equal #{exp}', expected, text);
    }
    return this;
  });
  method(['jsonBody'], function (path, value) {
    var response = requireResponse(this);
    var json;
    try { json = JSON.parse(response.text()); } catch (e) {
      throw new AssertionError('expected response body to be a valid json but got error ' + e.message);
    }
    if (arguments.length === 0) return this;
    if (typeof path === 'object') {
      this.assert(deepEqual(json, path), 'expected response body json to equal #{exp} but got #{act}',
        'expected response body json to not equal #{exp}', path, json);
      return this;
    }
    var found = pathValue(json, path);
    if (arguments.length < 2) {
      this.assert(found.exists, 'expected #{act} in response to contain property #{exp}',
        'expected #{act} in response to not contain property #{exp}', path, json);
    } else {
      this.assert(found.exists && deepEqual(found.value, value),
        'expected response body json at "' + path + '" to contain #{exp} but got #{act}',
        'expected response body json at "' + path + '" to not contain #{exp}', value, found.value);
    }
    return this;
  });
  chainable(['responseTime'], function (n) {
    var response = requireResponse(this);
    this.assert(response.responseTime === n, 'expected response to have a response time of #{exp} but got #{act}',
      'expected response to not have a response time of #{act}', n, response.responseTime);
    return this;
  }, function () {
    var response = requireResponse(this);
    flag(this, 'object', response.responseTime);
  });

  function expect(value, message) {
    return new Assertion(value, message);
  }

  // ---------------------------------------------------------------- console
  function formatForConsole(value, top) {
    if (typeof value === 'string') return top ? value : quoteString(value);
    return inspect(value, Infinity);
  }
  var console = {};
  ['log', 'info', 'warn', 'error', 'debug'].forEach(function (level) {
    console[level] = function () {
      var parts = [];
      for (var i = 0; i < arguments.length; i++) parts.push(formatForConsole(arguments[i], true));
      host.log(level, parts.join(' '));
    };
  });
  console.clear = function () {};

  // ---------------------------------------------------------------- headers, response, request
  function HeaderList(entries, owner) {
    this.__entries = entries;
    if (owner) this.__owner = owner;
  }
  HeaderList.prototype.get = function (name) {
    var lower = String(name).toLowerCase();
    for (var i = 0; i < this.__entries.length; i++) {
      if (this.__entries[i].key.toLowerCase() === lower) return this.__entries[i].value;
    }
    return undefined;
  };
  HeaderList.prototype.has = function (name) { return this.get(name) !== undefined; };
  HeaderList.prototype.one = function (name) {
    var lower = String(name).toLowerCase();
    for (var i = 0; i < this.__entries.length; i++) {
      if (this.__entries[i].key.toLowerCase() === lower) return { key: this.__entries[i].key, value: this.__entries[i].value };
    }
    return undefined;
  };
  HeaderList.prototype.all = function () {
    return this.__entries.map(function (entry) { return { key: entry.key, value: entry.value }; });
  };
  HeaderList.prototype.each = function (callback) { this.all().forEach(callback); };
  HeaderList.prototype.count = function () { return this.__entries.length; };
  HeaderList.prototype.toObject = function () {
    var object = {};
    this.__entries.forEach(function (entry) { object[entry.key.toLowerCase()] = entry.value; });
    return object;
  };
  HeaderList.prototype.add = function (header) {
    this.__entries.push({ key: header.key, value: String(header.value) });
    if (this.__owner) this.__owner.__changed = true;
  };
  HeaderList.prototype.upsert = function (header) {
    this.remove(header.key);
    this.add(header);
  };
  HeaderList.prototype.remove = function (name) {
    var lower = String(typeof name === 'object' ? name.key : name).toLowerCase();
    this.__entries = this.__entries.filter(function (entry) { return entry.key.toLowerCase() !== lower; });
    if (this.__owner) this.__owner.__changed = true;
  };
  HeaderList.prototype.toJSON = function () { return this.all(); };

  function makeResponse(data) {
    var response = {
      __postieResponse: true,
      code: data.code,
      status: data.status,
      headers: new HeaderList(data.headers),
      responseTime: data.responseTime,
      responseSize: data.responseSize,
      text: function () { return data.body; },
      json: function () { return JSON.parse(data.body); },
      reason: function () { return data.status; },
      size: function () { return { body: data.responseSize, header: data.headerSize, total: data.responseSize + data.headerSize }; }
    };
    Object.defineProperty(response, 'to', { get: function () { return expect(response); } });
    return response;
  }

  function makeRequest(data) {
    var request = {
      __postieRequest: true,
      method: data.method,
      url: {
        toString: function () { return data.url; },
        getHost: function () { return data.host; },
        getPath: function () { return data.path; }
      },
      headers: null,
      body: data.body === undefined ? undefined : { mode: 'raw', raw: data.body, toString: function () { return data.body; } }
    };
    request.headers = new HeaderList(data.headers.slice(), request);
    request.addHeader = function (header) { request.headers.add(header); };
    request.removeHeader = function (name) { request.headers.remove(name); };
    request.upsertHeader = function (header) { request.headers.upsert(header); };
    Object.defineProperty(request, 'to', { get: function () { return expect(request); } });
    return request;
  }

  // ---------------------------------------------------------------- variable scopes
  function scope(name) {
    return {
      get: function (key) { return host.get(name, String(key)); },
      set: function (key, value) { host.set(name, String(key), value); },
      unset: function (key) { host.unset(name, String(key)); },
      has: function (key) { return host.has(name, String(key)); },
      clear: function () { host.clear(name); },
      toObject: function () { return host.toObject(name); },
      toJSON: function () { return host.toObject(name); },
      replaceIn: function (template) { return host.replaceIn(String(template)); }
    };
  }

  // ---------------------------------------------------------------- one script's globals
  function begin(context) {
    var pm = {};
    var testIndex = 0;
    var test = function (name, callback) {
      testIndex += 1;
      if (typeof callback !== 'function') {
        host.test(String(name), true, '', false);
        return pm;
      }
      try {
        var result = callback();
        if (result && typeof result.then === 'function') {
          host.test(String(name), false, 'async test functions are not supported yet', false);
        } else {
          host.test(String(name), true, '', false);
        }
      } catch (error) {
        var message = error && error.message !== undefined ? error.message : String(error);
        var kind = error && error.name ? error.name : 'Error';
        host.test(String(name), false, kind === 'AssertionError' ? message : kind + ': ' + message, false);
      }
      return pm;
    };
    test.skip = function (name) {
      testIndex += 1;
      host.test(String(name), true, '', true);
      return pm;
    };
    test.index = function () { return testIndex; };
    pm.test = test;
    pm.expect = expect;
    pm.environment = scope('environment');
    pm.globals = scope('globals');
    pm.collectionVariables = scope('collection');
    pm.iterationData = scope('iterationData');
    pm.variables = scope('variables');
    pm.info = {
      eventName: context.eventName, iteration: context.iteration, iterationCount: context.iterationCount,
      requestName: context.requestName, requestId: context.requestId
    };
    pm.request = makeRequest(context.request);
    pm.response = context.response ? makeResponse(context.response) : undefined;
    pm.execution = {
      setNextRequest: function (name) { host.setNextRequest(name === null ? null : String(name)); },
      skipRequest: function () {
        if (context.eventName !== 'prerequest') throw new TypeError('pm.execution.skipRequest is not a function');
        host.skipRequest();
      },
      location: context.location
    };
    pm.execution.location.current = context.locationCurrent;
    pm.sendRequest = function () { throw new Error('pm.sendRequest is not available yet in Postie'); };
    pm.visualizer = { set: function () {}, clear: function () {} };
    pm.cookies = {
      get: function () { return undefined; }, has: function () { return false; }, toObject: function () { return {}; }
    };
    global.pm = pm;
    global.console = console;

    // The pre-pm API, still common in exported collections.
    var tests = {};
    global.tests = tests;
    global.postman = {
      setEnvironmentVariable: function (k, v) { host.set('environment', String(k), v === null || v === undefined ? v : String(v)); },
      getEnvironmentVariable: function (k) { return host.get('environment', String(k)); },
      clearEnvironmentVariable: function (k) { host.unset('environment', String(k)); },
      clearEnvironmentVariables: function () { host.clear('environment'); },
      setGlobalVariable: function (k, v) { host.set('globals', String(k), v === null || v === undefined ? v : String(v)); },
      getGlobalVariable: function (k) { return host.get('globals', String(k)); },
      clearGlobalVariable: function (k) { host.unset('globals', String(k)); },
      clearGlobalVariables: function () { host.clear('globals'); },
      setNextRequest: function (name) { host.setNextRequest(name === null ? null : String(name)); },
      getResponseHeader: function (name) { return pm.response ? pm.response.headers.get(name) : undefined; }
    };
    global.environment = host.toObject('environment');
    global.globals = host.toObject('globals');
    global.data = host.toObject('iterationData');
    global.iteration = context.iteration;
    global.request = {
      id: context.requestId, name: context.requestName, method: context.request.method, url: context.request.url,
      headers: pm.request.headers.toObject()
    };
    if (pm.response) {
      global.responseBody = context.response.body;
      global.responseCode = { code: context.response.code, name: context.response.status, detail: context.response.status };
      global.responseHeaders = pm.response.headers.toObject();
      global.responseTime = context.response.responseTime;
    }
    return function end() {
      // Legacy tests["name"] = value are reported after the script, after its pm.test results.
      Object.keys(tests).forEach(function (name) {
        var value = tests[name];
        host.test(name, !!value, value ? '' : 'expected ' + display(value) + ' to be truthy', false);
      });
      var changed = pm.request.__changed ? pm.request.headers.all() : null;
      return changed;
    };
  }

  host.begin = begin;
  host.inspect = inspect;
  host.display = display;
  host.deepEqual = deepEqual;
})(this, __host);
"""##
}
