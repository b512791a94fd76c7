extension SandboxPrelude {
    /// chai's comparison, property, length, keys, members and throw assertions.
    static let chaiAssertions = ##"""
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
  property(['frozen'], function () {
    this.assert(Object.isFrozen(flag(this, 'object')), 'expected #{this} to be frozen', 'expected #{this} to not be frozen');
  });
  property(['sealed'], function () {
    this.assert(Object.isSealed(flag(this, 'object')), 'expected #{this} to be sealed', 'expected #{this} to not be sealed');
  });
  property(['extensible'], function () {
    this.assert(Object.isExtensible(flag(this, 'object')), 'expected #{this} to be extensible',
      'expected #{this} to not be extensible');
  });
  method(['respondTo', 'respondsTo'], function (name) {
    var object = flag(this, 'object');
    var target = typeof object === 'function' && !flag(this, 'itself') ? object.prototype : object;
    this.assert(target !== null && target !== undefined && typeof target[name] === 'function',
      'expected #{this} to respond to ' + inspect(name), 'expected #{this} to not respond to ' + inspect(name));
    return this;
  });
  flagWord('itself');
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

"""##
}
