extension NodeBuiltinLibraries {
    /// `url`: the legacy `parse`, `format` and `resolve`, as JavaScript units.
    static let urlSource = ##"""
//- Url
(function () {
  function Url() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
  }
  Object.defineProperty(Url.prototype, 'format', {
    configurable: true, writable: true, enumerable: false, value: function () { return lib.$formatLegacy(this); }
  });
  Object.defineProperty(Url.prototype, 'resolve', {
    configurable: true, writable: true, enumerable: false, value: function (to) { return lib.resolve(lib.$formatLegacy(this), to); }
  });
  return Url;
})()
//- $argumentError
function argumentError(name, kinds, value) {
  var received = value === null || value === undefined ? String(value)
    : typeof value === 'object' || typeof value === 'function' ? 'an instance of ' + ((value.constructor && value.constructor.name) || 'Object')
    : 'type ' + typeof value + ' (' + (typeof value === 'string' ? "'" + value + "'" : String(value)) + ')';
  var error = new TypeError('The "' + name + '" argument must be ' + kinds + '. Received ' + received);
  error.code = 'ERR_INVALID_ARG_TYPE';
  return error;
}
//- $slashedProtocols
({ 'http': true, 'http:': true, 'https': true, 'https:': true, 'ftp': true, 'ftp:': true, 'gopher': true, 'gopher:': true, 'file': true, 'file:': true, 'ws': true, 'ws:': true, 'wss': true, 'wss:': true })
//- parse
function parse(text, parseQueryString, slashesDenoteHost) {
  if (text instanceof lib.Url) { return text; }
  if (typeof text !== 'string') { throw lib.$argumentError('url', 'of type string', text); }
  var result = new lib.Url(), querystring = require('querystring');
  // Trim surrounding whitespace, and turn backslashes before the query or hash into slashes.
  var rest = text.replace(/^[\s\uFEFF\xA0]+|[\s\uFEFF\xA0]+$/g, '');
  var split = rest.search(/[?#]/);
  var head = split === -1 ? rest : rest.slice(0, split), tail = split === -1 ? '' : rest.slice(split);
  var hasAt = head.indexOf('@') !== -1, hasHash = tail.indexOf('#') !== -1;
  rest = head.replace(/\\/g, '/') + tail;

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    var simple = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/.exec(rest);
    if (simple) {
      result.path = rest;
      result.href = rest;
      result.pathname = simple[1];
      if (simple[2]) {
        result.search = simple[2];
        result.query = parseQueryString ? querystring.parse(result.search.slice(1)) : result.search.slice(1);
      } else if (parseQueryString) {
        result.search = null;
        result.query = Object.create(null);
      }
      return result;
    }
  }

  var protocol = /^[a-z0-9.+-]+:/i.exec(rest), lowerProtocol;
  if (protocol) {
    protocol = protocol[0];
    lowerProtocol = protocol.toLowerCase();
    result.protocol = lowerProtocol;
    rest = rest.slice(protocol.length);
  }
  var hostless = lowerProtocol === 'javascript:', slashes = false;
  if (slashesDenoteHost || protocol || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.charAt(0) === '/' && rest.charAt(1) === '/';
    if (slashes && !hostless) {
      rest = rest.slice(2);
      result.slashes = true;
    }
  }
  if (!hostless && (slashes || (protocol && !lib.$slashedProtocols[protocol]))) {
    var hostEnd = -1, atSign = -1, nonHost = -1;
    for (var i = 0; i < rest.length && hostEnd === -1; i++) {
      var c = rest.charAt(i);
      if ('\t\n\r "%\';<>\\^`{|}'.indexOf(c) !== -1) {
        if (nonHost === -1) { nonHost = i; }
      } else if (c === '#' || c === '/' || c === '?') {
        if (nonHost === -1) { nonHost = i; }
        hostEnd = i;
      } else if (c === '@') {
        atSign = i;
        nonHost = -1;
      }
    }
    var start = 0;
    if (atSign !== -1) {
      result.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      result.host = rest.slice(start);
      rest = '';
    } else {
      result.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }
    var host = result.host, port = /:[0-9]*$/.exec(host);
    if (port) {
      if (port[0] !== ':') { result.port = port[0].slice(1); }
      host = host.slice(0, host.length - port[0].length);
    }
    result.hostname = host || '';
    var ipv6 = result.hostname.charAt(0) === '[' && result.hostname.charAt(result.hostname.length - 1) === ']';
    if (!ipv6) {
      for (var j = 0; j < result.hostname.length; j++) {
        if ('/\\#?:'.indexOf(result.hostname.charAt(j)) !== -1) {
          rest = '/' + result.hostname.slice(j) + rest;
          result.hostname = result.hostname.slice(0, j);
          break;
        }
      }
    }
    result.hostname = result.hostname.length > 255 ? '' : result.hostname.toLowerCase();
    if (result.hostname !== '' && (ipv6 ? /[\0\t\n\r #%/<>?@\\^|]/ : /[\0\t\n\r #%/:<>?@[\\\]^|]/).test(result.hostname)) {
      var invalid = new TypeError('Invalid URL');
      invalid.code = 'ERR_INVALID_URL';
      invalid.input = text;
      throw invalid;
    }
    result.host = result.hostname + (result.port ? ':' + result.port : '');
    if (ipv6) {
      result.hostname = result.hostname.slice(1, -1);
      if (rest.charAt(0) !== '/') { rest = '/' + rest; }
    }
  }
  if (!hostless) { rest = lib.$autoEscape(rest); }
  var question = -1, hash = -1;
  for (var k = 0; k < rest.length; k++) {
    var ch = rest.charAt(k);
    if (ch === '#') {
      result.hash = rest.slice(k);
      hash = k;
      break;
    } else if (ch === '?' && question === -1) {
      question = k;
    }
  }
  if (question !== -1) {
    result.search = rest.slice(question, hash === -1 ? undefined : hash);
    result.query = result.search.slice(1);
    if (parseQueryString) { result.query = querystring.parse(result.query); }
  } else if (parseQueryString) {
    result.search = null;
    result.query = Object.create(null);
  }
  var first = question !== -1 && (hash === -1 || question < hash) ? question : hash;
  if (first === -1) {
    if (rest.length > 0) { result.pathname = rest; }
  } else if (first > 0) {
    result.pathname = rest.slice(0, first);
  }
  if (lib.$slashedProtocols[lowerProtocol] && result.hostname && !result.pathname) { result.pathname = '/'; }
  if (result.pathname || result.search) { result.path = (result.pathname || '') + (result.search || ''); }
  result.href = lib.$formatLegacy(result);
  return result;
}
//- $autoEscape
function autoEscape(text) {
  return text.replace(/[\t\n\r "'<>\\^`{|}]/g, function (c) {
    return '%' + c.charCodeAt(0).toString(16).toUpperCase().replace(/^(.)$/, '0$1');
  });
}
//- $formatLegacy
function formatLegacy(object) {
  var auth = object.auth || '';
  if (auth) {
    auth = encodeURIComponent(auth).replace(/%3A/g, ':').replace(/%2[0-9A-F]|%3[A-F]/g, function (code) {
      return code === '%20' || code === '%23' || code === '%25' || code === '%2F' || code === '%3F' || code === '%40' ||
        code === '%24' || code === '%26' || code === '%2B' || code === '%2C' || code === '%3B' || code === '%3D' ||
        code === '%22' || code === '%3C' || code === '%3E' ? code : decodeURIComponent(code);
    }) + '@';
  }
  var protocol = object.protocol || '', pathname = object.pathname || '', hash = object.hash || '', host = '', query = '';
  if (object.host) {
    host = auth + object.host;
  } else if (object.hostname) {
    var hostname = String(object.hostname);
    host = auth + (hostname.indexOf(':') !== -1 && hostname.charAt(0) !== '[' ? '[' + hostname + ']' : hostname);
    if (object.port) { host += ':' + object.port; }
  }
  if (object.query !== null && typeof object.query === 'object') { query = require('querystring').stringify(object.query); }
  var search = object.search || (query && ('?' + query)) || '';
  if (protocol && protocol.charAt(protocol.length - 1) !== ':') { protocol += ':'; }
  pathname = String(pathname).replace(/[#?]/g, function (c) { return c === '#' ? '%23' : '%3F'; });
  if (object.slashes || lib.$slashedProtocols[protocol]) {
    if (object.slashes || host) {
      if (pathname && pathname.charAt(0) !== '/') { pathname = '/' + pathname; }
      host = '//' + host;
    } else if (protocol === 'file:') {
      host = '//';
    }
  }
  search = String(search).replace(/#/g, '%23');
  if (hash && hash.charAt(0) !== '#') { hash = '#' + hash; }
  if (search && search.charAt(0) !== '?') { search = '?' + search; }
  return protocol + host + pathname + search + hash;
}
//- format
function format(object, options) {
  if (typeof object === 'string') { return lib.parse(object).format(); }
  if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
    throw lib.$argumentError('urlObject', 'one of type object or string', object);
  }
  if (object instanceof lib.URL) { return object.href; }
  return lib.$formatLegacy(object);
}
//- resolve
function resolve(from, to) {
  var base = lib.parse(from, false, true), relative = lib.parse(to, false, true);
  var slashed = lib.$slashedProtocols;
  if (relative.href === '') { base.hash = null; return lib.$formatLegacy(base); }
  if (relative.slashes && !relative.protocol) {
    relative.protocol = base.protocol;
    if (slashed[relative.protocol] && relative.hostname && !relative.pathname) { relative.pathname = '/'; }
    relative.pathname = relative.pathname && lib.$removeDots(relative.pathname, true);
    return lib.$formatLegacy(relative);
  }
  if (relative.protocol && relative.protocol !== base.protocol) {
    if (slashed[relative.protocol] && relative.hostname && !relative.pathname) { relative.pathname = '/'; }
    return lib.$formatLegacy(relative);
  }
  var result = base;
  result.hash = relative.hash;
  if (!relative.pathname) {
    if (relative.search !== null) { result.search = relative.search; }
    return lib.$formatLegacy(result);
  }
  result.search = relative.search;
  var absolute = relative.pathname.charAt(0) === '/' || !!result.host || (base.pathname || '').charAt(0) === '/';
  var path;
  if (relative.pathname.charAt(0) === '/') {
    path = relative.pathname;
  } else {
    var basePath = base.pathname || (result.host ? '/' : '');
    path = basePath.slice(0, basePath.lastIndexOf('/') + 1) + relative.pathname;
  }
  result.pathname = lib.$removeDots(path, absolute);
  return lib.$formatLegacy(result);
}
//- $removeDots
function removeDots(path, absolute) {
  var segments = path.split('/'), output = [], last = segments[segments.length - 1];
  var trailing = last === '.' || last === '..' || last === '';
  var leadingSlash = path.charAt(0) === '/';
  for (var i = 0; i < segments.length; i++) {
    var segment = segments[i];
    if (segment === '.' || (segment === '' && i > 0 && i < segments.length - 1)) { continue; }
    if (segment === '..') {
      if (output.length > 0 && output[output.length - 1] !== '..' && output[output.length - 1] !== '') { output.pop(); }
      else if (!absolute && !leadingSlash) { output.push('..'); }
      continue;
    }
    if (segment !== '' ) { output.push(segment); }
  }
  var text = output.join('/');
  if (leadingSlash || absolute) { text = '/' + text; }
  if (trailing && text.charAt(text.length - 1) !== '/' && output.length > 0) { text += '/'; }
  return text;
}
"""##
}
