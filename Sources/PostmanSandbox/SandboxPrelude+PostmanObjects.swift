extension SandboxPrelude {
    /// `console`, header lists, `pm.response`, `pm.request` and the variable scopes.
    static let postmanObjects = ##"""
  // ---------------------------------------------------------------- console
  function formatForConsole(value, top) {
    if (typeof value === 'string') return top ? value : quoteString(value);
    return inspectForConsole(value);
  }
  var console = {};
  ['log', 'info', 'warn', 'error', 'debug'].forEach(function (level) {
    console[level] = function () {
      var parts = [];
      var start = 0;
      // Node's printf-style substitutions in a first string argument: %s %d %i %f %o %O %j %%.
      if (typeof arguments[0] === 'string' && arguments[0].indexOf('%') !== -1) {
        var format = arguments[0], out = '', next = 1;
        for (var c = 0; c < format.length; c++) {
          var ch = format.charAt(c), spec = format.charAt(c + 1);
          if (ch !== '%' || c + 1 >= format.length) { out += ch; continue; }
          if (spec === '%') { out += '%'; c++; continue; }
          if ('sdifoOj'.indexOf(spec) === -1 || next >= arguments.length) { out += ch; continue; }
          var value = arguments[next++];
          if (spec === 's') out += typeof value === 'string' ? value : formatForConsole(value, true);
          else if (spec === 'd' || spec === 'i') out += spec === 'i' ? String(parseInt(value, 10)) : String(Number(value));
          else if (spec === 'f') out += String(parseFloat(value));
          else if (spec === 'j') out += JSON.stringify(value);
          else out += formatForConsole(value, false);
          c++;
        }
        parts.push(out);
        start = next;
      }
      for (var i = start; i < arguments.length; i++) parts.push(formatForConsole(arguments[i], true));
      host.log(level, parts.join(' '));
    };
  });
  console.clear = function () {};

  // ---------------------------------------------------------------- headers, response, request
  function HeaderList(entries) {
    this.__entries = entries;
    this.__changed = false;
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
    this.__changed = true;
  };
  HeaderList.prototype.upsert = function (header) {
    this.remove(header.key);
    this.add(header);
  };
  HeaderList.prototype.remove = function (name) {
    var lower = String(typeof name === 'object' ? name.key : name).toLowerCase();
    this.__entries = this.__entries.filter(function (entry) { return entry.key.toLowerCase() !== lower; });
    this.__changed = true;
  };
  HeaderList.prototype.toJSON = function () { return this.all(); };

  // Response, request and URL objects keep their data in a property and their methods on prototypes: the
  // interpreter frees reference cycles only when the realm is torn down, so nothing made per script may point
  // back at itself.
  function Response(data) {
    this.__data = data;
    this.__postieResponse = true;
    this.code = data.code;
    this.status = data.status;
    this.headers = new HeaderList(data.headers);
    this.responseTime = data.responseTime;
    this.responseSize = data.responseSize;
  }
  Response.prototype.text = function () { return this.__data.body; };
  Response.prototype.json = function () { return JSON.parse(this.__data.body); };
  Response.prototype.reason = function () { return this.__data.status; };
  Response.prototype.jsonp = function () {
    var text = this.__data.body.trim();
    var open = text.indexOf('('), close = text.lastIndexOf(')');
    return JSON.parse(open !== -1 && close > open ? text.slice(open + 1, close) : text);
  };
  Response.prototype.contentInfo = function () {
    var type = this.headers.get('content-type') || '';
    var parts = type.split(';');
    var mimeType = parts[0].trim().toLowerCase();
    var charset;
    parts.slice(1).forEach(function (part) {
      var pair = part.split('=');
      if (pair[0].trim().toLowerCase() === 'charset' && pair.length > 1) charset = pair[1].trim();
    });
    var format = mimeType.split('/').pop() || '';
    if (format.indexOf('+') !== -1) format = format.split('+').pop();
    return { contentType: type, mimeType: mimeType, mimeFormat: format, charset: charset || 'utf8' };
  };
  Response.prototype.size = function () {
    var data = this.__data;
    return { body: data.responseSize, header: data.headerSize, total: data.responseSize + data.headerSize };
  };
  Object.defineProperty(Response.prototype, 'to', { get: function () { return expect(this); } });

  function makeResponse(data) { return new Response(data); }

  function RequestURL(text) { this.__text = text; }
  RequestURL.prototype.toString = function () { return this.__text; };
  RequestURL.prototype.getHost = function () {
    var rest = this.__text.split('://').pop();
    return rest.split('/')[0].split('?')[0];
  };
  RequestURL.prototype.getPath = function () {
    var rest = this.__text.split('://').pop();
    var slash = rest.indexOf('/');
    return slash === -1 ? '/' : rest.slice(slash).split('?')[0].split('#')[0];
  };
  RequestURL.prototype.getQueryString = function () {
    var question = this.__text.indexOf('?');
    return question === -1 ? '' : this.__text.slice(question + 1).split('#')[0];
  };
  RequestURL.prototype.update = function (text) { this.__text = String(text); };
  // postman-collection's Url fields, read from the URL text: protocol without ':', host and path as segments.
  RequestURL.prototype.__parts = function () {
    var text = this.__text.split('#')[0];
    var scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(text);
    var rest = scheme ? text.slice(scheme[0].length) : text;
    var slash = rest.search(/[\/?]/);
    var authority = slash === -1 ? rest : rest.slice(0, slash);
    var hostPort = authority.slice(authority.lastIndexOf('@') + 1);
    var colon = hostPort.lastIndexOf(':');
    var hasPort = colon !== -1 && hostPort.indexOf(']', colon) === -1 && /^\d*$/.test(hostPort.slice(colon + 1));
    var pathText = slash === -1 ? '' : rest.slice(slash).split('?')[0];
    return {
      protocol: scheme ? scheme[1] : undefined,
      host: (hasPort ? hostPort.slice(0, colon) : hostPort).split('.'),
      port: hasPort ? hostPort.slice(colon + 1) : undefined,
      path: pathText.split('/').slice(1),
      hash: this.__text.indexOf('#') === -1 ? undefined : this.__text.slice(this.__text.indexOf('#') + 1)
    };
  };
  ['protocol', 'host', 'port', 'path', 'hash'].forEach(function (name) {
    Object.defineProperty(RequestURL.prototype, name, { get: function () { return this.__parts()[name]; } });
  });
  Object.defineProperty(RequestURL.prototype, 'variables', {
    get: function () { return new KeyValueList([]); }
  });
  RequestURL.prototype.getPathWithQuery = function () {
    var query = this.getQueryString();
    return this.getPath() + (query ? '?' + query : '');
  };
  RequestURL.prototype.getRemote = function (forcePort) {
    var parts = this.__parts();
    var port = parts.port || (forcePort ? (parts.protocol === 'https' ? '443' : '80') : undefined);
    return parts.host.join('.') + (port ? ':' + port : '');
  };
  RequestURL.prototype.getRaw = function () { return this.__text; };

  // A read-only list with postman-collection's PropertyList reading methods (url.variables).
  function KeyValueList(items) { this.__items = items; }
  KeyValueList.prototype.all = function () { return this.__items.slice(); };
  KeyValueList.prototype.count = function () { return this.__items.length; };
  KeyValueList.prototype.get = function (key) {
    for (var i = 0; i < this.__items.length; i++) if (this.__items[i].key === key) return this.__items[i].value;
    return undefined;
  };
  KeyValueList.prototype.has = function (key) { return this.get(key) !== undefined; };
  KeyValueList.prototype.toObject = function () {
    var object = {};
    this.__items.forEach(function (item) { object[item.key] = item.value; });
    return object;
  };
  Object.defineProperty(RequestURL.prototype, 'query', { get: function () { return new QueryList(this); } });

  // url.query: the URL's query parameters, read from and written back to the URL text.
  function QueryList(url) { this.__url = url; }
  QueryList.prototype.__read = function () {
    var text = this.__url.getQueryString();
    if (text === '') return [];
    return text.split('&').map(function (pair) {
      var equals = pair.indexOf('=');
      return equals === -1 ? { key: pair, value: null } : { key: pair.slice(0, equals), value: pair.slice(equals + 1) };
    });
  };
  QueryList.prototype.__write = function (params) {
    var text = this.__url.__text;
    var hash = text.indexOf('#') === -1 ? '' : text.slice(text.indexOf('#'));
    var base = text.split('#')[0].split('?')[0];
    var query = params.map(function (p) { return p.value === null || p.value === undefined ? p.key : p.key + '=' + p.value; }).join('&');
    this.__url.__text = base + (query ? '?' + query : '') + hash;
  };
  QueryList.prototype.all = function () { return this.__read(); };
  QueryList.prototype.count = function () { return this.__read().length; };
  QueryList.prototype.get = function (key) {
    var found = this.__read().filter(function (p) { return p.key === key; });
    return found.length ? found[found.length - 1].value : undefined;
  };
  QueryList.prototype.has = function (key) { return this.__read().some(function (p) { return p.key === key; }); };
  QueryList.prototype.toObject = function () {
    var object = {};
    this.__read().forEach(function (p) { object[p.key] = p.value; });
    return object;
  };
  QueryList.prototype.add = function (param) {
    var params = this.__read();
    if (typeof param === 'string') {
      param.split('&').forEach(function (pair) {
        var equals = pair.indexOf('=');
        params.push(equals === -1 ? { key: pair, value: null } : { key: pair.slice(0, equals), value: pair.slice(equals + 1) });
      });
    } else {
      params.push({ key: String(param.key), value: param.value === undefined ? null : String(param.value) });
    }
    this.__write(params);
  };
  QueryList.prototype.remove = function (key) {
    var name = typeof key === 'object' ? key.key : key;
    this.__write(this.__read().filter(function (p) { return p.key !== name; }));
  };
  QueryList.prototype.upsert = function (param) {
    this.remove(param.key);
    this.add(param);
  };

  function Request(data) {
    this.__postieRequest = true;
    this.method = data.method;
    this.url = new RequestURL(data.url);
    this.headers = new HeaderList(data.headers.slice());
    this.body = data.body === undefined ? undefined : { mode: 'raw', raw: data.body };
  }
  Request.prototype.addHeader = function (header) { this.headers.add(header); };
  // postman-collection's getHeaders: the enabled headers as an object; a repeated name gives an array.
  Request.prototype.getHeaders = function (options) {
    var ignoreCase = !!(options && options.ignoreCase);
    var object = {};
    this.headers.all().forEach(function (header) {
      if (header.disabled) return;
      var key = ignoreCase ? String(header.key).toLowerCase() : header.key;
      if (!Object.prototype.hasOwnProperty.call(object, key)) object[key] = header.value;
      else if (Array.isArray(object[key])) object[key].push(header.value);
      else object[key] = [object[key], header.value];
    });
    return object;
  };
  Request.prototype.removeHeader = function (name) { this.headers.remove(name); };
  Request.prototype.upsertHeader = function (header) { this.headers.upsert(header); };
  Request.prototype.addQueryParams = function (params) {
    var query = this.url.query;
    (Array.isArray(params) ? params : [params]).forEach(function (param) { query.add(param); });
  };
  Request.prototype.removeQueryParams = function (params) {
    var query = this.url.query;
    (Array.isArray(params) ? params : [params]).forEach(function (param) { query.remove(param); });
  };
  Object.defineProperty(Request.prototype, 'to', { get: function () { return expect(this); } });

  function makeRequest(data) { return new Request(data); }

  // pm.sendRequest takes a URL string or a request description; the host wants {method, url, headers, body}.
  function normalizeRequest(spec) {
    if (typeof spec === 'string') return { method: 'GET', url: spec, headers: [] };
    if (spec === null || typeof spec !== 'object') throw new TypeError('pm.sendRequest needs a URL or a request object');
    var headers = [];
    var header = spec.header !== undefined ? spec.header : spec.headers;
    if (Array.isArray(header)) {
      header.forEach(function (entry) {
        if (entry && !entry.disabled) headers.push({ key: String(entry.key), value: String(entry.value) });
      });
    } else if (header && typeof header === 'object') {
      Object.keys(header).forEach(function (key) { headers.push({ key: key, value: String(header[key]) }); });
    }
    function hasHeader(name) {
      return headers.some(function (entry) { return entry.key.toLowerCase() === name; });
    }
    var body;
    var given = spec.body;
    if (given !== undefined && given !== null) {
      if (typeof given === 'string') {
        body = given;
      } else if (given.mode === 'urlencoded') {
        body = (given.urlencoded || []).filter(function (p) { return !p.disabled; }).map(function (p) {
          return encodeURIComponent(p.key) + '=' + encodeURIComponent(p.value === undefined ? '' : p.value);
        }).join('&');
        if (!hasHeader('content-type')) headers.push({ key: 'Content-Type', value: 'application/x-www-form-urlencoded' });
      } else if (given.mode === 'formdata' || given.mode === 'file') {
        throw new Error('pm.sendRequest: ' + given.mode + ' bodies are not supported yet');
      } else if (given.raw !== undefined) {
        body = typeof given.raw === 'string' ? given.raw : JSON.stringify(given.raw);
        var language = given.options && given.options.raw && given.options.raw.language;
        if (language === 'json' && !hasHeader('content-type')) headers.push({ key: 'Content-Type', value: 'application/json' });
      }
    }
    var url = spec.url;
    if (url && typeof url === 'object') url = typeof url.raw === 'string' ? url.raw : String(url);
    return { method: String(spec.method || 'GET').toUpperCase(), url: String(url), headers: headers, body: body };
  }

  // pm.cookies: the cookies the run's jar holds for the request's URL (methods on the prototype, as above).
  function CookieList(cookies) { this.__cookies = cookies; }
  CookieList.prototype.__find = function (name) {
    for (var i = this.__cookies.length - 1; i >= 0; i--) if (this.__cookies[i].name === name) return this.__cookies[i];
    return undefined;
  };
  CookieList.prototype.get = function (name) { var cookie = this.__find(name); return cookie ? cookie.value : undefined; };
  CookieList.prototype.has = function (name) { return this.__find(name) !== undefined; };
  CookieList.prototype.one = function (name) {
    var cookie = this.__find(name);
    return cookie ? Object.assign({}, cookie) : undefined;
  };
  CookieList.prototype.all = function () {
    return this.__cookies.map(function (c) { return Object.assign({}, c); });
  };
  CookieList.prototype.jar = function () { return new CookieJar(); };
  CookieList.prototype.count = function () { return this.__cookies.length; };
  CookieList.prototype.toObject = function () {
    var object = {};
    this.__cookies.forEach(function (cookie) { object[cookie.name] = cookie.value; });
    return object;
  };

  function makeCookieList(cookies) { return new CookieList(cookies); }

  // pm.cookies.jar(): the run's jar, as postman-sandbox has it. Each method takes a callback, or returns a
  // promise without one; argument errors reach the callback (or reject), as there.
  function CookieJar() {}
  function jarCall(work, callback, callbackRequired) {
    if (callback !== undefined && typeof callback !== 'function' && callbackRequired) {
      throw new TypeError('callback needs to be a function');
    }
    var promise = new Promise(function (resolve, reject) {
      work(function (error, result) {
        if (error) reject(error instanceof Error ? error : new Error(error)); else resolve(result);
      });
    });
    if (callback === undefined) return promise;
    promise.then(function (result) {
      if (typeof callback === 'function') callback(null, result);
    }, function (error) {
      if (typeof callback === 'function') callback(error);
    });
  }
  function jarURL(url) {
    if (typeof url === 'string') return url || null;
    if (url instanceof RequestURL) return url.toString();
    return null;
  }
  // The cookies for url, or an error message; a string that isn't a URL has none.
  function jarCookies(url) {
    var cookies = host.jarCookies(url);
    return cookies === null ? [] : cookies;
  }
  function cookieFromSetCookie(text) {
    var parts = String(text).split(';');
    var pair = parts.shift(), equals = pair.indexOf('=');
    var cookie = equals === -1 ? { name: '', value: pair.trim() }
      : { name: pair.slice(0, equals).trim(), value: pair.slice(equals + 1).trim() };
    parts.forEach(function (part) {
      var at = part.indexOf('='), key = (at === -1 ? part : part.slice(0, at)).trim().toLowerCase();
      var value = at === -1 ? '' : part.slice(at + 1).trim();
      if (key === 'domain') cookie.domain = value.replace(/^\./, '');
      else if (key === 'path') cookie.path = value;
      else if (key === 'expires') cookie.expires = Date.parse(value);
      else if (key === 'max-age') cookie.expires = Date.now() + Number(value) * 1000;
      else if (key === 'secure') cookie.secure = true;
      else if (key === 'httponly') cookie.httpOnly = true;
    });
    return cookie;
  }
  function cookieFromObject(object) {
    var cookie = { name: String(object.name !== undefined ? object.name : object.key), value: String(object.value === undefined ? '' : object.value) };
    if (object.domain) cookie.domain = String(object.domain).replace(/^\./, '');
    if (object.path) cookie.path = String(object.path);
    if (object.expires instanceof Date) cookie.expires = object.expires.getTime();
    else if (typeof object.expires === 'string') cookie.expires = Date.parse(object.expires);
    else if (typeof object.expires === 'number') cookie.expires = object.expires;
    if (object.secure) cookie.secure = true;
    if (object.httpOnly) cookie.httpOnly = true;
    if (object.hostOnly) cookie.hostOnly = true;
    return cookie;
  }
  CookieJar.prototype.get = function (url, name, callback) {
    return jarCall(function (done) {
      url = jarURL(url);
      if (!url) throw new TypeError('CookieJar.get() requires a valid url');
      if (typeof name !== 'string') throw new TypeError('CookieJar.get() requires cookie name to be a string');
      var cookies = jarCookies(url);
      if (typeof cookies === 'string') return done(cookies);
      for (var i = 0; i < cookies.length; i++) if (cookies[i].name === name) return done(null, cookies[i].value);
      done(null, null);
    }, callback, true);
  };
  CookieJar.prototype.getAll = function (url, options, callback) {
    if (typeof options === 'function' && !callback) { callback = options; options = {}; }
    if (options === undefined) options = {};
    return jarCall(function (done) {
      url = jarURL(url);
      if (!url) throw new TypeError('CookieJar.getAll() requires a valid url');
      if (typeof options !== 'object' || options === null) throw new TypeError('CookieJar.getAll() requires options to be an object');
      var cookies = jarCookies(url);
      if (typeof cookies === 'string') return done(cookies);
      var http = Object.prototype.hasOwnProperty.call(options, 'http') ? Boolean(options.http) : true;
      done(null, new CookieList(cookies.filter(function (cookie) { return http || !cookie.httpOnly; })));
    }, callback, true);
  };
  CookieJar.prototype.set = function (url, name, value, callback) {
    if (typeof value === 'function' && !callback) { callback = value; value = null; }
    return jarCall(function (done) {
      url = jarURL(url);
      if (!url) throw new TypeError('CookieJar.set() requires a valid url');
      var cookie;
      if (name && value) cookie = { name: String(name), value: String(value) };
      else if (name && typeof name === 'object') cookie = cookieFromObject(name);
      else if (typeof name === 'string') cookie = cookieFromSetCookie(name);
      else throw new TypeError('CookieJar.set() requires a valid set cookie arguments');
      var stored = host.jarStore(url, cookie);
      if (typeof stored === 'string') return done(stored);
      done(null, stored);
    }, callback, false);
  };
  CookieJar.prototype.unset = function (url, name, callback) {
    return jarCall(function (done) {
      url = jarURL(url);
      if (!url) throw new TypeError('CookieJar.unset() requires a valid url');
      if (typeof name !== 'string') throw new TypeError('CookieJar.unset() requires cookie name to be a string');
      var cookies = jarCookies(url);
      if (typeof cookies === 'string') return done(cookies);
      for (var i = 0; i < cookies.length; i++) {
        if (cookies[i].name === name) { host.jarRemove(cookies[i]); break; }
      }
      done(null);
    }, callback, false);
  };
  CookieJar.prototype.clear = function (url, callback) {
    return jarCall(function (done) {
      url = jarURL(url);
      if (!url) throw new TypeError('CookieJar.clear() requires a valid url');
      var cookies = jarCookies(url);
      if (typeof cookies === 'string') return done(cookies);
      cookies.forEach(function (cookie) { host.jarRemove(cookie); });
      done(null);
    }, callback, false);
  };

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

"""##
}
