extension SandboxPrelude {
    /// chai-postman: response status, headers and bodies.
    static let chaiPostman = ##"""
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
  method(['jsonSchema'], function (schema, options) {
    new Assertion(schema).to.be.an('object');
    var object = flag(this, 'object');
    var settings = { allErrors: true, logger: false };
    if (options) for (var key in options) if (Object.prototype.hasOwnProperty.call(options, key)) settings[key] = options[key];
    var data = object && (object.__postieResponse || object.__postieRequest) && typeof object.json === 'function'
      ? object.json() : object;
    var Ajv = require('ajv');
    var ajv = new Ajv(settings);
    var valid = ajv.validate(schema, data);
    this.assert(valid && !ajv.errors, 'expected data to satisfy schema but found following errors: \n' + ajv.errorsText(),
      'expected data to not satisfy schema', true, valid);
    return this;
  });

  function expect(value, message) {
    return new Assertion(value, message);
  }
  expect.fail = function (actual, expected, message) {
    if (arguments.length < 2) throw new AssertionError(actual === undefined ? 'expect.fail()' : String(actual));
    throw new AssertionError(message !== undefined ? String(message)
      : 'expected ' + display(actual) + ' to equal ' + display(expected));
  };

"""##
}
