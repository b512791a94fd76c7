extension SandboxPrelude {
    /// `console`, header lists, `pm.response`, `pm.request` and the variable scopes.
    static let postmanObjects = ##"""
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

"""##
}
