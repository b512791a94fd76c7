extension SandboxPrelude {
    /// One script's globals: `pm`, `pm.test` and the legacy API; the closing of the prelude.
    static let scriptGlobals = ##"""
  // ---------------------------------------------------------------- one script's globals
  // pm is built once per realm; each script only swaps in its own context. Building it per script would
  // leave a cycle of closures behind every time (see Response above).
  var current = { context: null, testIndex: 0, pendingTests: [], legacy: {} };
  var pm = {};
  pm.test = function (name, callback) {
    current.testIndex += 1;
    name = String(name);
    if (typeof callback !== 'function') {
      host.test(name, true, '', false);
      return pm;
    }
    // An async test (a `done` parameter, or a returned promise) is recorded when it settles; one still
    // pending when the script's timers and promises have all run fails in end().
    var pending = null;
    function settle(error) {
      if (pending === null || pending.settled) return;
      pending.settled = true;
      recordTest(name, error);
    }
    try {
      if (callback.length > 0) {
        pending = { name: name, settled: false };
        current.pendingTests.push(pending);
        callback(function (error) { settle(error === undefined || error === null ? null : error); });
        return pm;
      }
      var result = callback();
      if (result && typeof result.then === 'function') {
        pending = { name: name, settled: false };
        current.pendingTests.push(pending);
        result.then(function () { settle(null); }, function (error) { settle(error); });
      } else {
        recordTest(name, null);
      }
    } catch (error) {
      if (pending === null) recordTest(name, error); else settle(error);
    }
    return pm;
  };
  function recordTest(name, error) {
    if (error === null) {
      host.test(name, true, '', false);
      return;
    }
    var message = error && error.message !== undefined ? error.message : String(error);
    var kind = error && error.name ? error.name : 'Error';
    host.test(name, false, kind === 'AssertionError' ? message : kind + ': ' + message, false);
  }
  pm.test.skip = function (name) {
    current.testIndex += 1;
    host.test(String(name), true, '', true);
    return pm;
  };
  pm.test.index = function () { return current.testIndex; };
  pm.expect = expect;
  pm.environment = scope('environment');
  pm.globals = scope('globals');
  pm.collectionVariables = scope('collection');
  pm.iterationData = scope('iterationData');
  pm.variables = scope('variables');
  pm.execution = {
    setNextRequest: function (name) { host.setNextRequest(name === null ? null : String(name)); },
    skipRequest: function () {
      if (current.context.eventName !== 'prerequest') {
        throw new TypeError('pm.execution.skipRequest is not a function');
      }
      host.skipRequest();
      // Newman stops the script right there; the host recognises this and ends the script quietly.
      throw host.skipSignal;
    },
    location: []
  };
  // The host sends synchronously; the callback still runs on a later tick, as in Postman, so code after
  // pm.sendRequest runs first. Without a callback it returns a promise of the response.
  pm.sendRequest = function (spec, callback) {
    var result = host.sendRequest(normalizeRequest(spec));
    var error = result.error !== undefined ? new Error(result.error) : null;
    var response = error ? undefined : makeResponse(result.response);
    if (typeof callback === 'function') {
      setTimeout(function () { callback(error, response); }, 0);
      return undefined;
    }
    return error ? Promise.reject(error) : Promise.resolve(response);
  };
  pm.visualizer = {
    set: function (template, data) { host.visualize(String(template), data === undefined ? null : data); },
    clear: function () { host.visualize('', null); }
  };

  // The pre-pm API, still common in exported collections.
  var postman = {
    setEnvironmentVariable: function (k, v) { host.set('environment', String(k), v === null || v === undefined ? v : String(v)); },
    getEnvironmentVariable: function (k) { return host.get('environment', String(k)); },
    clearEnvironmentVariable: function (k) { host.unset('environment', String(k)); },
    clearEnvironmentVariables: function () { host.clear('environment'); },
    setGlobalVariable: function (k, v) { host.set('globals', String(k), v === null || v === undefined ? v : String(v)); },
    getGlobalVariable: function (k) { return host.get('globals', String(k)); },
    clearGlobalVariable: function (k) { host.unset('globals', String(k)); },
    clearGlobalVariables: function () { host.clear('globals'); },
    setNextRequest: function (name) { host.setNextRequest(name === null ? null : String(name)); },
    getResponseHeader: function (name) { return pm.response ? pm.response.headers.get(name) : undefined; },
    getResponseCookie: function (name) {
      var value = pm.cookies.get(name);
      return value === undefined ? undefined : { name: name, value: value };
    }
  };

  // Reading postman.* counts as using the legacy API (the host warns once per script, with --verbose only).
  Object.keys(postman).forEach(function (name) {
    var method = postman[name];
    postman[name] = function () {
      host.deprecated('postman.' + name);
      return method.apply(this, arguments);
    };
  });

  // The legacy object globals warn on use as postman-sandbox's proxies do; strings and numbers aren't proxied
  // there, so responseBody, responseTime and iteration stay plain values.
  function defineLegacyGlobal(name, value) {
    current.legacy[name] = value;
    Object.defineProperty(global, name, {
      configurable: true, enumerable: false,
      get: function () { host.deprecated(name); return current.legacy[name]; },
      set: function (replacement) { current.legacy[name] = replacement; }
    });
  }

  // Base64 as browsers (and Postman's sandbox) have it: Latin-1 text in and out.
  var base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  global.btoa = function (text) {
    text = String(text);
    var out = '';
    for (var i = 0; i < text.length; i += 3) {
      var a = text.charCodeAt(i), b = text.charCodeAt(i + 1), c = text.charCodeAt(i + 2);
      if (a > 255 || b > 255 || c > 255) throw new Error('btoa: the string contains characters outside of the Latin1 range');
      var triple = (a << 16) | ((b || 0) << 8) | (c || 0);
      out += base64Alphabet.charAt(triple >> 18 & 63) + base64Alphabet.charAt(triple >> 12 & 63) +
        (i + 1 < text.length ? base64Alphabet.charAt(triple >> 6 & 63) : '=') +
        (i + 2 < text.length ? base64Alphabet.charAt(triple & 63) : '=');
    }
    return out;
  };
  global.atob = function (text) {
    text = String(text).split('=')[0];
    var out = '', bits = 0, value = 0;
    for (var i = 0; i < text.length; i++) {
      var index = base64Alphabet.indexOf(text.charAt(i));
      if (index === -1) {
        if (' \t\n\r'.indexOf(text.charAt(i)) !== -1) continue;
        throw new Error('atob: the string to be decoded is not correctly encoded');
      }
      value = (value << 6) | index;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += String.fromCharCode((value >> bits) & 255);
      }
    }
    return out;
  };

  function begin(context) {
    current.context = context;
    current.testIndex = 0;
    current.pendingTests = [];
    pm.info = {
      eventName: context.eventName, iteration: context.iteration, iterationCount: context.iterationCount,
      requestName: context.requestName, requestId: context.requestId
    };
    pm.request = makeRequest(context.request);
    // A test script after a request error gets an empty response, as in Newman: `code` is undefined and
    // `json()` throws, rather than `pm.response` itself being undefined.
    pm.response = context.response ? makeResponse(context.response)
      : context.eventName === 'test' ? makeResponse({ headers: [], body: '', responseSize: 0 }) : undefined;
    pm.execution.location = context.location;
    pm.execution.location.current = context.locationCurrent;
    pm.cookies = makeCookieList(context.cookies || []);
    global.pm = pm;
    global.console = console;
    global.postman = postman;
    current.legacy = {};
    defineLegacyGlobal('tests', {});
    defineLegacyGlobal('environment', host.toObject('environment'));
    defineLegacyGlobal('globals', host.toObject('globals'));
    defineLegacyGlobal('data', host.toObject('iterationData'));
    global.iteration = context.iteration;
    defineLegacyGlobal('request', {
      id: context.requestId, name: context.requestName, method: context.request.method, url: context.request.url,
      headers: pm.request.headers.toObject()
    });
    if (context.response) {
      global.responseBody = context.response.body;
      defineLegacyGlobal('responseCode', { code: context.response.code, name: context.response.status, detail: context.response.status });
      // Names as the server sent them, last value per name, as in Newman.
      var responseHeaders = {};
      (context.response.headers || []).forEach(function (header) { responseHeaders[header.key] = header.value; });
      defineLegacyGlobal('responseHeaders', responseHeaders);
      global.responseTime = context.response.responseTime;
      defineLegacyGlobal('responseCookies', pm.cookies.all());
    }
    return end;
  }

  function end() {
    current.pendingTests.forEach(function (test) {
      if (!test.settled) recordTest(test.name, new Error('the test did not finish: its done callback was never called or its promise never settled'));
    });
    // Legacy tests["name"] = value are reported after the script, after its pm.test results.
    var tests = current.legacy.tests || {};
    Object.keys(tests).forEach(function (name) {
      var value = tests[name];
      host.test(name, !!value, value ? '' : 'expected ' + display(value) + ' to be truthy', false);
    });
    var request = pm.request;
    var original = current.context.request;
    var changes = {};
    if (request.headers.__changed) changes.headers = request.headers.all();
    if (request.url.toString() !== original.url) changes.url = request.url.toString();
    if (String(request.method).toUpperCase() !== original.method) changes.method = String(request.method).toUpperCase();
    return changes;
  }

  // require('chai') gives the same expect; atob and btoa are modules too.
  host.registerModule('chai', { expect: expect, Assertion: Assertion, AssertionError: AssertionError });
  host.registerModule('atob', global.atob);
  host.registerModule('btoa', global.btoa);

  host.begin = begin;
  host.end = end;
  host.inspect = inspect;
  host.display = display;
  host.deepEqual = deepEqual;
})(this, __host);

"""##
}
