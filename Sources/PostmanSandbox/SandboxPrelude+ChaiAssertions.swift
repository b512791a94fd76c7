extension SandboxPrelude {
    /// chai's comparison, property, length, keys, members and throw assertions.
    static let chaiAssertions = ##"""
  // What above/least/below/most/within compare: the target's length or size under `.length`, or the number or
  // date itself. Returns the value, after chai's checks of the target and bound types.
  function comparable(assertion, name, bounds) {
    var object = flag(assertion, 'object');
    var type = typeName(object);
    var collection = type === 'map' || type === 'set';
    var doLength = flag(assertion, 'doLength');
    if (doLength && !collection) new Assertion(object, flag(assertion, 'message')).to.have.property('length');
    var plural = bounds.length > 1;
    var allDates = bounds.every(function (bound) { return typeName(bound) === 'date'; });
    var allNumbers = bounds.every(function (bound) { return typeName(bound) === 'number'; });
    if (!doLength && type === 'date' && !allDates) {
      throw usageError(assertion, 'the argument' + (plural ? 's' : '') + ' to ' + name + ' must be ' + (plural ? 'dates' : 'a date'));
    }
    if (!allNumbers && (doLength || type === 'number')) {
      throw usageError(assertion, 'the argument' + (plural ? 's' : '') + ' to ' + name + ' must be ' + (plural ? 'numbers' : 'a number'));
    }
    if (!doLength && type !== 'date' && type !== 'number') {
      // chai writes the target with string concatenation here, not with inspect.
      throw usageError(assertion, 'expected ' + (type === 'string' ? "'" + object + "'" : object) + ' to be a number or a date');
    }
    if (!doLength) return { value: object };
    return collection ? { value: object.size, noun: 'size' } : { value: object.length, noun: 'length' };
  }

  function measured(assertion, comparison, bound, message, words) {
    adoptMessage(assertion, message);
    var target = comparable(assertion, words[2], [bound]);
    if (target.noun) {
      assertion.assert(comparison(target.value, bound), 'expected #{this} to have a ' + target.noun + ' ' + words[0] + ' #{exp} but got #{act}',
        'expected #{this} to not have a ' + target.noun + ' ' + words[0] + ' #{exp}', bound, target.value);
    } else {
      assertion.assert(comparison(target.value, bound), 'expected #{this} to be ' + words[0] + ' #{exp}',
        'expected #{this} to be ' + words[1] + ' #{exp}', bound);
    }
    return assertion;
  }
  method(['above', 'gt', 'greaterThan'], function (n, message) {
    return measured(this, function (a, b) { return a > b; }, n, message, ['above', 'at most', 'above']);
  });
  method(['least', 'gte', 'greaterThanOrEqual'], function (n, message) {
    return measured(this, function (a, b) { return a >= b; }, n, message, ['at least', 'below', 'least']);
  });
  method(['below', 'lt', 'lessThan'], function (n, message) {
    return measured(this, function (a, b) { return a < b; }, n, message, ['below', 'at least', 'below']);
  });
  method(['most', 'lte', 'lessThanOrEqual'], function (n, message) {
    return measured(this, function (a, b) { return a <= b; }, n, message, ['at most', 'above', 'most']);
  });
  method(['within'], function (low, high, message) {
    adoptMessage(this, message);
    var target = comparable(this, 'within', [low, high]);
    var range = isDate(low) && isDate(high) ? low.toISOString() + '..' + high.toISOString() : low + '..' + high;
    var subject = target.noun ? 'have a ' + target.noun + ' within ' : 'be within ';
    this.assert(target.value >= low && target.value <= high, 'expected #{this} to ' + subject + range,
      'expected #{this} to not ' + subject + range);
    return this;
  });
  method(['closeTo', 'approximately'], function (expected, delta, message) {
    adoptMessage(this, message);
    var object = flag(this, 'object');
    new Assertion(object, flag(this, 'message')).is.a('number');
    if (typeof expected !== 'number' || typeof delta !== 'number') {
      throw usageError(this, 'the arguments to closeTo or approximately must be numbers' +
        (delta === undefined ? ', and a delta is required' : ''));
    }
    this.assert(Math.abs(object - expected) <= delta, 'expected #{this} to be close to ' + expected + ' +/- ' + delta,
      'expected #{this} not to be close to ' + expected + ' +/- ' + delta);
    return this;
  });

  chainable(['length', 'lengthOf'], function (n, message) {
    adoptMessage(this, message);
    var object = flag(this, 'object');
    var isCollection = typeName(object) === 'map' || typeName(object) === 'set';
    if (!isCollection) new Assertion(object, flag(this, 'message')).to.have.property('length');
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
      // A backslash keeps the next . [ or ] as part of the name: 'a\\.b' is the key "a.b".
      if (c === '\\' && '.[]'.indexOf(text.charAt(i + 1)) !== -1) {
        current += text.charAt(++i);
      } else if (c === '.' || c === '[' || c === ']') {
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

  function propertyAssertion(name, value, message) {
    adoptMessage(this, message);
    var object = flag(this, 'object');
    var nested = flag(this, 'nested'), own = flag(this, 'own'), deep = flag(this, 'deep');
    if (nested && typeof name !== 'string') {
      throw usageError(this, 'the argument to property must be a string when using nested syntax');
    }
    if (!nested && typeof name !== 'string' && typeof name !== 'number' && typeof name !== 'symbol') {
      throw usageError(this, 'the argument to property must be a string, number, or symbol');
    }
    if (nested && own) throw usageError(this, 'The "nested" and "own" flags cannot be combined.');
    if (object === null || object === undefined) throw usageError(this, 'Target cannot be null or undefined.');
    var found;
    if (nested) found = pathValue(object, name);
    else if (own) found = { exists: Object.prototype.hasOwnProperty.call(object, name), value: object[name] };
    else found = { exists: name in Object(object), value: object[name] };
    var words = (deep ? 'deep ' : '') + (own ? 'own ' : '') + (nested ? 'nested ' : '') + 'property ' + inspect(name);
    // Negated with a value, only the value is checked: `not.property('a', 2)` passes when a is 1.
    if (!flag(this, 'negate') || arguments.length === 1) {
      this.assert(found.exists, 'expected #{this} to have ' + words, 'expected #{this} to not have ' + words);
    }
    if (arguments.length > 1) {
      var matches = found.exists && (deep ? deepEqual(value, found.value) : value === found.value);
      this.assert(matches, 'expected #{this} to have ' + words + ' of #{exp}, but got #{act}',
        'expected #{this} to not have ' + words + ' of #{act}', value, found.value);
    }
    // Later words in the chain are about the property's value, with the same flags.
    flag(this, 'object', found.value);
    return this;
  }
  method(['property'], propertyAssertion);
  method(['ownProperty', 'haveOwnProperty'], function () {
    flag(this, 'own', true);
    return propertyAssertion.apply(this, arguments);
  });

  method(['match', 'matches'], function (pattern, message) {
    adoptMessage(this, message);
    this.assert(pattern.exec(flag(this, 'object')), 'expected #{this} to match ' + pattern,
      'expected #{this} not to match ' + pattern);
    return this;
  });
  method(['string'], function (text, message) {
    adoptMessage(this, message);
    var object = flag(this, 'object');
    new Assertion(object, flag(this, 'message')).is.a('string');
    this.assert(object.indexOf(text) !== -1, 'expected #{this} to contain ' + inspect(text),
      'expected #{this} to not contain ' + inspect(text));
    return this;
  });
  method(['oneOf'], function (list, message) {
    adoptMessage(this, message);
    var object = flag(this, 'object');
    new Assertion(list, flag(this, 'message')).to.be.an('array');
    if (flag(this, 'contains')) {
      this.assert(list.some(function (item) { return object.indexOf(item) > -1; }), 'expected #{this} to contain one of #{exp}',
        'expected #{this} to not contain one of #{exp}', list, object);
    } else if (flag(this, 'deep')) {
      // chai's negated deep message lacks the "not".
      this.assert(list.some(function (item) { return deepEqual(object, item); }), 'expected #{this} to deeply equal one of #{exp}',
        'expected #{this} to deeply equal one of #{exp}', list, object);
    } else {
      this.assert(list.indexOf(object) > -1, 'expected #{this} to be one of #{exp}', 'expected #{this} to not be one of #{exp}',
        list, object);
    }
    return this;
  });
  method(['instanceof', 'instanceOf'], function (constructor, message) {
    adoptMessage(this, message);
    var matches;
    try {
      matches = flag(this, 'object') instanceof constructor;
    } catch (error) {
      if (error instanceof TypeError) {
        throw usageError(this, 'The instanceof assertion needs a constructor but ' + typeName(constructor) + ' was given.');
      }
      throw error;
    }
    var name = typeof constructor === 'function' ? constructor.name : 'an unnamed constructor';
    this.assert(matches, 'expected #{this} to be an instance of ' + name, 'expected #{this} to not be an instance of ' + name);
    return this;
  });
  method(['satisfy', 'satisfies'], function (predicate, message) {
    adoptMessage(this, message);
    // chai's negated message has no space before the function.
    this.assert(predicate(flag(this, 'object')), 'expected #{this} to satisfy ' + display(predicate),
      'expected #{this} to not satisfy' + display(predicate));
    return this;
  });
  method(['keys', 'key'], function (keys) {
    var object = flag(this, 'object');
    var type = typeName(object);
    var deep = flag(this, 'deep');
    var actual = [], expected;
    if (type === 'map' || type === 'set') {
      // Map and Set keys are compared as they are (deeply under `deep`), not as strings.
      object.forEach(function (value, key) { actual.push(key); });
      expected = Array.isArray(keys) ? keys : Array.prototype.slice.call(arguments);
    } else {
      actual = Object.keys(object).concat(Object.getOwnPropertySymbols(object).filter(function (symbol) {
        return Object.prototype.propertyIsEnumerable.call(object, symbol);
      }));
      var single = Array.isArray(keys) || typeName(keys) === 'object';
      if (single && arguments.length > 1) {
        throw usageError(this, 'when testing keys against an object or an array you must give a single ' +
          'Array|Object|String argument or multiple String arguments');
      }
      expected = Array.isArray(keys) ? keys : single ? Object.keys(keys) : Array.prototype.slice.call(arguments);
      expected = expected.map(function (key) { return typeof key === 'symbol' ? key : String(key); });
    }
    if (!expected.length) throw usageError(this, 'keys required');
    var any = flag(this, 'any');
    function present(key) { return actual.some(function (other) { return deep ? deepEqual(key, other) : key === other; }); }
    var ok = any ? expected.some(present)
      : expected.every(present) && (flag(this, 'contains') || expected.length === actual.length);
    var shown = expected.map(function (key) { return inspect(key); });
    var text = shown.length > 1
      ? 'keys ' + shown.slice(0, -1).join(', ') + ', ' + (any ? 'or ' : 'and ') + shown[shown.length - 1]
      : 'key ' + shown[0];
    text = (deep && (type === 'map' || type === 'set') ? 'deeply ' : '') + (flag(this, 'contains') ? 'contain ' : 'have ') + text;
    this.assert(ok, 'expected #{this} to ' + text, 'expected #{this} to not ' + text, expected.slice(), actual);
    return this;
  });
  // Superset checks (`include.members`) may match one element many times; same-members checks use each once.
  function isSubsetOf(subset, superset, same, contains, ordered) {
    if (!contains) {
      if (subset.length !== superset.length) return false;
      superset = superset.slice();
    }
    return subset.every(function (item, index) {
      if (ordered) return same(item, superset[index]);
      for (var i = 0; i < superset.length; i++) {
        if (same(item, superset[i])) {
          if (!contains) superset.splice(i, 1);
          return true;
        }
      }
      return false;
    });
  }
  method(['members'], function (expected, message) {
    adoptMessage(this, message);
    var object = flag(this, 'object');
    new Assertion(object, flag(this, 'message')).to.be.an('array');
    new Assertion(expected, flag(this, 'message')).to.be.an('array');
    var deep = flag(this, 'deep'), contains = flag(this, 'contains'), ordered = flag(this, 'ordered');
    function same(a, b) { return deep ? deepEqual(a, b) : a === b; }
    var ok = isSubsetOf(expected, object, same, contains, ordered);
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
  method(['respondTo', 'respondsTo'], function (name, message) {
    adoptMessage(this, message);
    var object = flag(this, 'object');
    var target = typeof object === 'function' && !flag(this, 'itself') ? object.prototype : object;
    this.assert(target !== null && target !== undefined && typeof target[name] === 'function',
      'expected #{this} to respond to ' + inspect(name), 'expected #{this} to not respond to ' + inspect(name));
    return this;
  });
  flagWord('itself');
  // check-error's helpers, which chai's throw uses to compare what was thrown with what was expected.
  function constructorName(errorLike) {
    if (errorLike instanceof Error) return errorLike.constructor.name;
    if (typeof errorLike === 'function') return errorLike.name || new errorLike().constructor.name || errorLike.name;
    return errorLike;
  }
  function sameConstructor(thrown, errorLike) {
    if (errorLike instanceof Error) return thrown.constructor === errorLike.constructor || thrown instanceof errorLike.constructor;
    if (errorLike.prototype instanceof Error || errorLike === Error) return thrown.constructor === errorLike || thrown instanceof errorLike;
    return false;
  }
  function messageMatches(thrown, matcher) {
    var text = typeof thrown === 'string' ? thrown : thrown.message;
    if (isRegExp(matcher)) return matcher.test(text);
    return typeof matcher === 'string' ? text.indexOf(matcher) !== -1 : false;
  }
  function describeThrown(thrown) {
    if (thrown instanceof Error) return thrown.toString();
    return typeof thrown === 'string' ? thrown : thrown && constructorName(thrown);
  }
  function describeExpected(errorLike) {
    return errorLike instanceof Error ? errorLike.toString() : errorLike && constructorName(errorLike);
  }

  // chai's throw: first "did it throw", then the error's instance or constructor, then its message. Negated with
  // both a constructor and a message, it fails only when both match.
  method(['throw', 'throws', 'Throw'], function (errorLike, matcher, message) {
    adoptMessage(this, message);
    var object = flag(this, 'object');
    var negate = flag(this, 'negate') || false;
    new Assertion(object, flag(this, 'message')).is.a('function');
    if (isRegExp(errorLike) || typeof errorLike === 'string') {
      matcher = errorLike;
      errorLike = null;
    }
    var thrown;
    try { object(); } catch (error) { thrown = error; }
    var noArguments = errorLike === undefined && matcher === undefined;
    var bothArguments = Boolean(errorLike && matcher);
    var kindFailed = false, messageFailed = false;
    if (noArguments || !negate) {
      var what = errorLike instanceof Error ? '#{exp}' : errorLike ? constructorName(errorLike) : 'an error';
      this.assert(thrown, 'expected #{this} to throw ' + what, 'expected #{this} to not throw an error but #{act} was thrown',
        errorLike && errorLike.toString(), describeThrown(thrown));
    }
    if (errorLike && thrown) {
      if (errorLike instanceof Error && (thrown === errorLike) === negate) {
        if (bothArguments && negate) kindFailed = true;
        else this.assert(negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
          'expected #{this} to not throw #{exp}' + (thrown && !negate ? ' but #{act} was thrown' : ''),
          errorLike.toString(), thrown.toString());
      }
      if (sameConstructor(thrown, errorLike) === negate) {
        if (bothArguments && negate) kindFailed = true;
        else this.assert(negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
          'expected #{this} to not throw #{exp}' + (thrown ? ' but #{act} was thrown' : ''),
          describeExpected(errorLike), describeThrown(thrown));
      }
    }
    if (thrown && matcher !== undefined && matcher !== null) {
      var how = isRegExp(matcher) ? 'matching' : 'including';
      if (messageMatches(thrown, matcher) === negate) {
        if (bothArguments && negate) messageFailed = true;
        else this.assert(negate, 'expected #{this} to throw error ' + how + ' #{exp} but got #{act}',
          'expected #{this} to throw error not ' + how + ' #{exp}', matcher,
          thrown && thrown.message ? thrown.message : typeof thrown === 'string' ? thrown : '');
      }
    }
    if (kindFailed && messageFailed) {
      this.assert(negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
        'expected #{this} to not throw #{exp}' + (thrown ? ' but #{act} was thrown' : ''),
        describeExpected(errorLike), describeThrown(thrown));
    }
    // Later words in the chain are about the error that was thrown.
    flag(this, 'object', thrown);
    return this;
  });

"""##
}
