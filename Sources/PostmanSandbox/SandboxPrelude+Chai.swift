extension SandboxPrelude {
    /// chai's `Assertion`: flags, chain words, equality, types, inclusion and the truthiness properties.
    static let chai = ##"""
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
    // Without an explicit actual value, #{act} is the target, as in chai's getActual.
    if (arguments.length <= 4) actual = object;
    var text = template.split('#{this}').join(display(object));
    if (text.indexOf('#{act}') !== -1) text = text.split('#{act}').join(display(actual));
    if (text.indexOf('#{exp}') !== -1) text = text.split('#{exp}').join(display(expected));
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

  // chai's methods take an optional last argument that replaces the `expect(x, message)` prefix.
  function adoptMessage(assertion, message) {
    if (message) flag(assertion, 'message', message);
  }

  // A usage error (not a failed expectation) still carries the message prefix.
  function usageError(assertion, text) {
    var prefix = flag(assertion, 'message');
    return new AssertionError(prefix ? prefix + ': ' + text : text);
  }

  function method(names, body) {
    names.forEach(function (name) { Assertion.prototype[name] = body; });
  }

  // A property that also works as a call: `.a('string')` asserts, `.a.property(…)` chains on.
  function chainable(names, call, asProperty) {
    names.forEach(function (name) {
      Object.defineProperty(Assertion.prototype, name, {
        get: function () {
          if (asProperty) asProperty.call(this);
          return Object.setPrototypeOf(boundAssertion(call, this), this);
        },
        configurable: true
      });
    });
  }

  // Made in a scope of its own: a function held by a variable of the scope it closes over is a cycle the
  // interpreter only frees at the end of the run, and this runs for every `.a(...)` and `.include(...)`.
  function boundAssertion(call, assertion) {
    return function () { return call.apply(assertion, arguments) || assertion; };
  }

  function property(names, body) {
    names.forEach(function (name) {
      Object.defineProperty(Assertion.prototype, name, {
        get: function () { var result = body.call(this); return result === undefined ? this : result; },
        configurable: true
      });
    });
  }

  function equalTo(expected, message) {
    adoptMessage(this, message);
    var object = flag(this, 'object');
    if (flag(this, 'deep')) {
      return eqlTo.call(this, expected);
    }
    this.assert(object === expected, 'expected #{this} to equal #{exp}', 'expected #{this} to not equal #{exp}', expected);
    return this;
  }
  function eqlTo(expected, message) {
    adoptMessage(this, message);
    this.assert(deepEqual(flag(this, 'object'), expected), 'expected #{this} to deeply equal #{exp}',
      'expected #{this} to not deeply equal #{exp}', expected);
    return this;
  }
  method(['equal', 'equals', 'eq'], equalTo);
  method(['eql', 'eqls'], eqlTo);

  chainable(['a', 'an'], function (type, message) {
    adoptMessage(this, message);
    var actual = typeName(flag(this, 'object'));
    var wanted = String(type).toLowerCase();
    this.assert(actual === wanted, 'expected #{this} to be ' + article(wanted) + wanted,
      'expected #{this} not to be ' + article(wanted) + wanted);
    return this;
  });

  function includes(expected, message) {
    adoptMessage(this, message);
    var object = flag(this, 'object');
    var deep = flag(this, 'deep');
    var type = typeName(object);
    function same(item) { return deep ? deepEqual(item, expected) : item === expected || (item !== item && expected !== expected); }
    var found = false;
    if (type === 'string') {
      found = object.indexOf(expected) !== -1;
    } else if (type === 'weakset') {
      if (deep) throw usageError(this, 'unable to use .deep.include with WeakSet');
      found = object.has(expected);
    } else if (type === 'map' || (type === 'set' && deep)) {
      object.forEach(function (item) { found = found || same(item); });
    } else if (type === 'set') {
      found = object.has(expected);
    } else if (type === 'array') {
      found = deep ? object.some(same) : object.indexOf(expected) !== -1;
    } else if (expected !== Object(expected)) {
      throw usageError(this, 'the given combination of arguments (' + type + ' and ' + typeName(expected) + ')' +
        ' is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset' +
        ' instead of a ' + typeName(expected));
    } else {
      // Each key is a property assertion with this one's flags. Negated, it fails only when every key matches.
      var assertion = this, keys = Object.keys(expected), firstFailure = null, failures = 0;
      keys.forEach(function (key) {
        var inner = new Assertion(object, undefined, Object.assign({}, assertion.__flags));
        if (!flag(assertion, 'negate') || keys.length === 1) { inner.property(key, expected[key]); return; }
        try {
          inner.property(key, expected[key]);
        } catch (error) {
          if (!(error instanceof AssertionError)) throw error;
          firstFailure = firstFailure || error;
          failures++;
        }
      });
      if (flag(this, 'negate') && keys.length > 1 && failures === keys.length) throw firstFailure;
      return this;
    }
    var descriptor = deep ? 'deep ' : '';
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
    else if (type === 'weakmap' || type === 'weakset') throw usageError(this, '.empty was passed a weak collection');
    else if (type === 'function') throw usageError(this, ('.empty was passed a function ' + (object.name || '')).trim());
    else if (object === Object(object)) size = Object.keys(object).length;
    else throw usageError(this, '.empty was passed non-string primitive ' + inspect(object));
    this.assert(size === 0, 'expected #{this} to be empty', 'expected #{this} not to be empty');
  });
  property(['finite'], function () {
    var object = flag(this, 'object');
    this.assert(typeof object === 'number' && isFinite(object), 'expected #{this} to be a finite number',
      'expected #{this} to not be a finite number');
  });

"""##
}
