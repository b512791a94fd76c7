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

"""##
}
