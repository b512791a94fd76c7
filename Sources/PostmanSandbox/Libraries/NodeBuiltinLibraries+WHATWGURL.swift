extension NodeBuiltinLibraries {
    /// The WHATWG `URL` and `URLSearchParams` classes the module exports (not globals: Newman has none).
    static let whatwgURLSource = ##"""
//- $specialPorts
({ 'ftp:': '21', 'file:': '', 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' })
//- $invalidURL
function invalidURL(input) {
  var error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  return error;
}
//- $percentEncode
function percentEncode(text, pattern) {
  // Percent-encodes, as UTF-8, every character `pattern` matches and every non-ASCII one.
  var out = '';
  for (var i = 0; i < text.length; i++) {
    var c = text.charAt(i), code = text.charCodeAt(i);
    if (code < 0x21 || code > 0x7e || pattern.test(c)) {
      var unit = c;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) { unit += text.charAt(++i); }
      var bytes = require('buffer').Buffer.from(unit);
      for (var j = 0; j < bytes.length; j++) { out += '%' + (bytes[j] < 16 ? '0' : '') + bytes[j].toString(16).toUpperCase(); }
    } else {
      out += c;
    }
  }
  return out;
}
//- $parseURL
function parseURL(input, base) {
  // The WHATWG URL parser's common paths: special and opaque schemes, authority, dot segments, encoding sets.
  var text = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  var state = { protocol: '', username: '', password: '', hostname: '', port: '', pathname: '', search: '', hash: '', opaque: false };
  var scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text), rest;
  if (scheme) {
    state.protocol = scheme[1].toLowerCase() + ':';
    rest = text.slice(scheme[0].length);
  } else {
    if (!base) { throw lib.$invalidURL(String(input)); }
    rest = text;
  }
  var special = Object.prototype.hasOwnProperty.call(lib.$specialPorts, state.protocol || base.protocol);
  var hashAt = rest.indexOf('#');
  state.hasHash = hashAt !== -1;
  if (hashAt !== -1) {
    state.hash = rest.slice(hashAt + 1);
    rest = rest.slice(0, hashAt);
  }
  var queryAt = rest.indexOf('?');
  var hasQuery = queryAt !== -1;
  if (hasQuery) {
    state.search = rest.slice(queryAt + 1);
    rest = rest.slice(0, queryAt);
  }
  if (special) { rest = rest.replace(/\\/g, '/'); }
  if (!scheme || (base && special && state.protocol === base.protocol && rest.slice(0, 2) !== '//')) {
    if (!base) { throw lib.$invalidURL(String(input)); }
    if (base.opaque && (rest !== '' || hasQuery)) { throw lib.$invalidURL(String(input)); }
    state.protocol = base.protocol;
    if (rest.slice(0, 2) !== '//') {
      state.username = base.username;
      state.password = base.password;
      state.hostname = base.hostname;
      state.port = base.port;
      state.opaque = base.opaque;
      if (rest === '') {
        state.pathname = base.pathname;
        if (!hasQuery) {
          state.search = base.search.slice(1);
          hasQuery = base.search !== '';
        }
      } else if (rest.charAt(0) === '/') {
        state.pathname = rest;
      } else {
        state.pathname = base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1) + rest;
      }
      return lib.$finishURL(state, special, input, hasQuery);
    }
  }
  if (special && state.protocol !== 'file:') {
    rest = rest.replace(/^\/*/, '//');
  }
  if (rest.slice(0, 2) === '//') {
    rest = rest.slice(2);
    var end = rest.indexOf('/');
    var authority = end === -1 ? rest : rest.slice(0, end);
    state.pathname = end === -1 ? '' : rest.slice(end);
    var at = authority.lastIndexOf('@');
    if (at !== -1) {
      var userinfo = authority.slice(0, at), colon = userinfo.indexOf(':');
      state.username = lib.$percentEncode(colon === -1 ? userinfo : userinfo.slice(0, colon), /[ "#<>?`{}\/:;=@\[\\\]^|]/);
      state.password = colon === -1 ? '' : lib.$percentEncode(userinfo.slice(colon + 1), /[ "#<>?`{}\/:;=@\[\\\]^|]/);
      authority = authority.slice(at + 1);
    }
    var port = /:(\d*)$/.exec(authority);
    if (port && authority.charAt(0) !== '[' || port && /\]:\d*$/.test(authority)) {
      authority = authority.slice(0, authority.length - port[0].length);
      if (port[1] !== '') {
        var number = parseInt(port[1], 10);
        if (number > 65535) { throw lib.$invalidURL(String(input)); }
        state.port = String(number);
      }
    }
    state.hostname = lib.$parseHost(authority, special, input);
    if (special && state.protocol !== 'file:' && state.hostname === '') { throw lib.$invalidURL(String(input)); }
  } else if (special && state.protocol === 'file:') {
    state.pathname = rest;
  } else {
    state.opaque = rest.charAt(0) !== '/';
    state.pathname = rest;
  }
  return lib.$finishURL(state, special, input, hasQuery);
}
//- $parseHost
function parseHost(host, special, input) {
  if (host.charAt(0) === '[') {
    if (host.charAt(host.length - 1) !== ']' || !/^\[[0-9a-fA-F:.]+\]$/.test(host)) { throw lib.$invalidURL(String(input)); }
    return host.toLowerCase();
  }
  if (!special) {
    if (/[\u0000\t\n\r #\/<>?@\[\\\]^|]/.test(host)) { throw lib.$invalidURL(String(input)); }
    return lib.$percentEncode(host, /[]/);
  }
  var decoded;
  try { decoded = decodeURIComponent(host); } catch (error) { throw lib.$invalidURL(String(input)); }
  decoded = decoded.toLowerCase();
  if (/[\u0000-\u0020#%\/:<>?@\[\\\]^|\u007f]/.test(decoded)) { throw lib.$invalidURL(String(input)); }
  var ipv4 = lib.$parseIPv4(decoded);
  if (ipv4 === false) { throw lib.$invalidURL(String(input)); }
  return ipv4 === null ? decoded : ipv4;
}
//- $parseIPv4
function parseIPv4(host) {
  // Returns the dotted form of a numeric host, null for a domain name, false for an invalid number.
  var parts = host.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) { parts.pop(); }
  var last = parts[parts.length - 1];
  if (!/^(0[xX][0-9a-fA-F]*|\d+)$/.test(last)) { return null; }
  if (parts.length > 4) { return false; }
  var numbers = [];
  for (var i = 0; i < parts.length; i++) {
    var part = parts[i], value;
    if (/^0[xX][0-9a-fA-F]*$/.test(part)) { value = part.length === 2 ? 0 : parseInt(part.slice(2), 16); }
    else if (/^0[0-7]+$/.test(part)) { value = parseInt(part.slice(1), 8); }
    else if (/^\d+$/.test(part)) { value = parseInt(part, 10); }
    else { return false; }
    numbers.push(value);
  }
  for (var j = 0; j < numbers.length - 1; j++) { if (numbers[j] > 255) { return false; } }
  if (numbers[numbers.length - 1] >= Math.pow(256, 5 - numbers.length)) { return false; }
  var address = numbers[numbers.length - 1];
  for (var k = 0; k < numbers.length - 1; k++) { address += numbers[k] * Math.pow(256, 3 - k); }
  var out = [];
  for (var n = 3; n >= 0; n--) { out.push(Math.floor(address / Math.pow(256, n)) % 256); }
  return out.join('.');
}
//- $finishURL
function finishURL(state, special, input, hasQuery) {
  if (special && lib.$specialPorts[state.protocol] === state.port) { state.port = ''; }
  if (!state.opaque) {
    var segments = state.pathname.split('/'), output = [];
    if (segments[0] === '') { segments.shift(); }
    for (var i = 0; i < segments.length; i++) {
      var segment = segments[i], lower = segment.toLowerCase();
      var isLast = i === segments.length - 1;
      if (lower === '..' || lower === '.%2e' || lower === '%2e.' || lower === '%2e%2e') {
        output.pop();
        if (isLast) { output.push(''); }
      } else if (lower === '.' || lower === '%2e') {
        if (isLast) { output.push(''); }
      } else {
        output.push(lib.$percentEncode(segment, /[ "#<>?`{}]/));
      }
    }
    state.pathname = output.length || special || state.hostname !== '' || state.pathname.charAt(0) === '/'
      ? '/' + output.join('/') : '';
  } else {
    state.pathname = lib.$percentEncode(state.pathname, /[]/);
  }
  state.search = hasQuery ? '?' + lib.$percentEncode(state.search, special ? /[ "#<>']/ : /[ "#<>]/) : '';
  state.hash = state.hasHash ? '#' + lib.$percentEncode(state.hash, /[ "<>`]/) : '';
  return state;
}
//- $serializeURL
function serializeURL(state) {
  var out = state.protocol;
  var hasAuthority = state.hostname !== '' || state.protocol === 'file:' || (!state.opaque && Object.prototype.hasOwnProperty.call(lib.$specialPorts, state.protocol));
  if (hasAuthority || state.username || state.password || state.port) {
    out += '//';
    if (state.username || state.password) {
      out += state.username + (state.password ? ':' + state.password : '') + '@';
    }
    out += state.hostname + (state.port ? ':' + state.port : '');
  } else if (!state.opaque && state.pathname.slice(0, 2) === '//') {
    out += '/.';
  }
  return out + state.pathname + state.search + state.hash;
}
//- URL
(function () {
  var states = new WeakMap();
  function URL(input, base) {
    if (!(this instanceof URL)) { throw new TypeError("Class constructor URL cannot be invoked without 'new'"); }
    if (arguments.length === 0) {
      var missing = new TypeError('The "url" argument must be specified');
      missing.code = 'ERR_MISSING_ARGS';
      throw missing;
    }
    var baseState = null;
    if (base !== undefined) {
      try { baseState = lib.$parseURL(base instanceof URL ? base.href : base, null); } catch (error) { throw lib.$invalidURL(String(input)); }
    }
    states.set(this, lib.$parseURL(input, baseState));
  }
  function state(url) { return states.get(url); }
  function replace(url, text) {
    var next = lib.$parseURL(text, null);
    next.params = state(url).params;
    states.set(url, next);
    refreshParams(url);
  }
  function refreshParams(url) {
    var params = state(url).params;
    if (params) { params.$replaceFrom(state(url).search); }
  }
  var accessors = {
    href: {
      get: function () { return lib.$serializeURL(state(this)); },
      set: function (value) { replace(this, String(value)); }
    },
    origin: {
      get: function () {
        var s = state(this);
        if (s.protocol === 'blob:') {
          try { return new URL(s.pathname).origin; } catch (error) { return 'null'; }
        }
        return Object.prototype.hasOwnProperty.call(lib.$specialPorts, s.protocol) && s.protocol !== 'file:'
          ? s.protocol + '//' + s.hostname + (s.port ? ':' + s.port : '') : 'null';
      }
    },
    protocol: {
      get: function () { return state(this).protocol; },
      set: function (value) {
        var match = /^([a-zA-Z][a-zA-Z0-9+.-]*)/.exec(String(value));
        if (!match) { return; }
        var s = state(this), next = match[1].toLowerCase() + ':', specialPorts = lib.$specialPorts;
        var wasSpecial = Object.prototype.hasOwnProperty.call(specialPorts, s.protocol);
        if (wasSpecial !== Object.prototype.hasOwnProperty.call(specialPorts, next)) { return; }
        s.protocol = next;
        if (specialPorts[next] === s.port) { s.port = ''; }
      }
    },
    username: {
      get: function () { return state(this).username; },
      set: function (value) { var s = state(this); if (s.hostname) { s.username = lib.$percentEncode(String(value), /[ "#<>?`{}\/:;=@\[\\\]^|]/); } }
    },
    password: {
      get: function () { return state(this).password; },
      set: function (value) { var s = state(this); if (s.hostname) { s.password = lib.$percentEncode(String(value), /[ "#<>?`{}\/:;=@\[\\\]^|]/); } }
    },
    host: {
      get: function () { var s = state(this); return s.hostname + (s.port ? ':' + s.port : ''); },
      set: function (value) {
        var s = state(this);
        if (s.opaque) { return; }
        try {
          var parsed = lib.$parseURL(s.protocol + '//' + String(value).replace(/[\/?#].*$/, '') + '/', null);
          s.hostname = parsed.hostname;
          if (/:\d*$/.test(String(value).replace(/[\/?#].*$/, '')) || parsed.port) { s.port = parsed.port; }
        } catch (error) { return; }
      }
    },
    hostname: {
      get: function () { return state(this).hostname; },
      set: function (value) {
        var s = state(this);
        if (s.opaque) { return; }
        try { s.hostname = lib.$parseURL(s.protocol + '//' + String(value).replace(/[:\/?#].*$/, '') + '/', null).hostname; } catch (error) { return; }
      }
    },
    port: {
      get: function () { return state(this).port; },
      set: function (value) {
        var s = state(this), digits = /^\d*/.exec(String(value))[0];
        if (s.hostname === '' || s.protocol === 'file:') { return; }
        if (digits === '') { if (String(value) === '') { s.port = ''; } return; }
        var number = parseInt(digits, 10);
        if (number > 65535) { return; }
        s.port = lib.$specialPorts[s.protocol] === String(number) ? '' : String(number);
      }
    },
    pathname: {
      get: function () { return state(this).pathname; },
      set: function (value) {
        var s = state(this);
        if (s.opaque) { return; }
        var text = String(value);
        if (Object.prototype.hasOwnProperty.call(lib.$specialPorts, s.protocol)) { text = text.replace(/\\/g, '/'); }
        s.pathname = text.charAt(0) === '/' || !text ? text : '/' + text;
        var search = s.search, hash = s.hash;
        s.search = '';
        s.hash = '';
        s.hasHash = false;
        lib.$finishURL(s, Object.prototype.hasOwnProperty.call(lib.$specialPorts, s.protocol), '', false);
        s.search = search;
        s.hash = hash;
      }
    },
    search: {
      get: function () { var search = state(this).search; return search === '?' ? '' : search; },
      set: function (value) {
        var s = state(this), text = String(value).replace(/^\?/, '');
        s.search = text === '' ? '' : '?' + lib.$percentEncode(text, Object.prototype.hasOwnProperty.call(lib.$specialPorts, s.protocol) ? /[ "#<>']/ : /[ "#<>]/);
        refreshParams(this);
      }
    },
    searchParams: {
      get: function () {
        var s = state(this), url = this;
        if (!s.params) {
          s.params = new lib.URLSearchParams(s.search);
          s.params.$onChange = function (text) { state(url).search = text === '' ? '' : '?' + text; };
        }
        return s.params;
      }
    },
    hash: {
      get: function () { var hash = state(this).hash; return hash === '#' ? '' : hash; },
      set: function (value) {
        var text = String(value).replace(/^#/, '');
        state(this).hash = text === '' ? '' : '#' + lib.$percentEncode(text, /[ "<>`]/);
      }
    }
  };
  Object.keys(accessors).forEach(function (name) {
    accessors[name].enumerable = true;
    accessors[name].configurable = true;
    Object.defineProperty(URL.prototype, name, accessors[name]);
  });
  [['toString', function () { return this.href; }], ['toJSON', function () { return this.href; }]].forEach(function (pair) {
    Object.defineProperty(URL.prototype, pair[0], { value: pair[1], writable: true, configurable: true, enumerable: true });
  });
  Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
  URL.canParse = function (input, base) {
    try { new URL(input, base); return true; } catch (error) { return false; }
  };
  return URL;
})()
//- URLSearchParams
(function () {
  function URLSearchParams(init) {
    if (!(this instanceof URLSearchParams)) { throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'"); }
    Object.defineProperty(this, '$list', { value: [], writable: true });
    Object.defineProperty(this, '$onChange', { value: null, writable: true });
    if (init === undefined || init === null) { return; }
    if (init instanceof URLSearchParams) {
      this.$list = init.$list.map(function (pair) { return [pair[0], pair[1]]; });
    } else if (typeof init === 'object' || typeof init === 'function') {
      if (typeof init[Symbol.iterator] === 'function') {
        var list = this.$list;
        Array.from(init).forEach(function (pair) {
          if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
            var error = new TypeError('Each query pair must be an iterable [name, value] tuple');
            error.code = 'ERR_INVALID_TUPLE';
            throw error;
          }
          var items = Array.from(pair);
          if (items.length !== 2) {
            var tuple = new TypeError('Each query pair must be an iterable [name, value] tuple');
            tuple.code = 'ERR_INVALID_TUPLE';
            throw tuple;
          }
          list.push([String(items[0]), String(items[1])]);
        });
      } else {
        var pairs = this.$list;
        Object.keys(init).forEach(function (key) { pairs.push([key, String(init[key])]); });
      }
    } else {
      this.$replaceFrom(String(init));
    }
  }
  var proto = URLSearchParams.prototype;
  function define(name, value) {
    Object.defineProperty(proto, name, { value: value, writable: true, configurable: true, enumerable: name.charAt(0) !== '$' });
  }
  function decode(text) {
    text = text.replace(/\+/g, ' ');
    try { return decodeURIComponent(text); } catch (error) { return require('querystring').unescape(text); }
  }
  function encode(text) {
    return text.split(' ').map(function (part) { return lib.$percentEncode(part, /[^*\-._0-9A-Za-z]/); }).join('+');
  }
  define('$replaceFrom', function (text) {
    this.$list = [];
    text = text.charAt(0) === '?' ? text.slice(1) : text;
    var list = this.$list;
    text.split('&').forEach(function (piece) {
      if (piece === '') { return; }
      var at = piece.indexOf('=');
      list.push(at === -1 ? [decode(piece), ''] : [decode(piece.slice(0, at)), decode(piece.slice(at + 1))]);
    });
  });
  define('$update', function () { if (this.$onChange) { this.$onChange(this.toString()); } });
  define('append', function (name, value) { this.$list.push([String(name), String(value)]); this.$update(); });
  define('delete', function (name, value) {
    name = String(name);
    this.$list = this.$list.filter(function (pair) { return pair[0] !== name || (value !== undefined && pair[1] !== String(value)); });
    this.$update();
  });
  define('get', function (name) {
    name = String(name);
    for (var i = 0; i < this.$list.length; i++) { if (this.$list[i][0] === name) { return this.$list[i][1]; } }
    return null;
  });
  define('getAll', function (name) {
    name = String(name);
    return this.$list.filter(function (pair) { return pair[0] === name; }).map(function (pair) { return pair[1]; });
  });
  define('has', function (name, value) {
    name = String(name);
    return this.$list.some(function (pair) { return pair[0] === name && (value === undefined || pair[1] === String(value)); });
  });
  define('set', function (name, value) {
    name = String(name);
    value = String(value);
    var found = false;
    this.$list = this.$list.filter(function (pair) {
      if (pair[0] !== name) { return true; }
      if (found) { return false; }
      found = true;
      pair[1] = value;
      return true;
    });
    if (!found) { this.$list.push([name, value]); }
    this.$update();
  });
  define('sort', function () {
    var indexed = this.$list.map(function (pair, index) { return [pair, index]; });
    indexed.sort(function (a, b) { return a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]; });
    this.$list = indexed.map(function (item) { return item[0]; });
    this.$update();
  });
  define('forEach', function (callback, thisArg) {
    for (var i = 0; i < this.$list.length; i++) { callback.call(thisArg, this.$list[i][1], this.$list[i][0], this); }
  });
  define('keys', function () { return this.$list.map(function (pair) { return pair[0]; })[Symbol.iterator](); });
  define('values', function () { return this.$list.map(function (pair) { return pair[1]; })[Symbol.iterator](); });
  define('entries', function () { return this.$list.map(function (pair) { return [pair[0], pair[1]]; })[Symbol.iterator](); });
  define('toString', function () {
    return this.$list.map(function (pair) { return encode(pair[0]) + '=' + encode(pair[1]); }).join('&');
  });
  Object.defineProperty(proto, Symbol.iterator, { value: proto.entries, writable: true, configurable: true });
  Object.defineProperty(proto, 'size', { get: function () { return this.$list.length; }, configurable: true, enumerable: true });
  Object.defineProperty(proto, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
  return URLSearchParams;
})()
"""##
}
