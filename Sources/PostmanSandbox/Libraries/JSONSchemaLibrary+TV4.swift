extension JSONSchemaLibrary {
    // tv4 1.3 in JavaScript written for Postie: its draft-04 rules (UTF-16 lengths, JavaScript regular expressions,
    // `undefined` as absent, schemas normalised in place) are JavaScript's own, so JavaScript keeps them exact.
    static let tv4Source = ##"""
//- module
(function () {
  var tv4 = {
    error: null, missing: [], valid: true, schemas: {}, errorCodes: lib.$errorCodes,
    validate: function (data, schema) { return lib.$validate(tv4, this, data, schema); },
    validateResult: function (data, schema) {
      var result = {};
      lib.$validate(tv4, result, data, schema);
      return result;
    },
    validateMultiple: function (data, schema) { return lib.$validateMultiple(tv4, data, schema); },
    addSchema: function (uri, schema) { return lib.$addSchema(tv4.schemas, uri, schema); },
    getSchema: function (uri) { return lib.$getSchema(tv4.schemas, uri, {}, []); },
    getSchemaUris: function () { return Object.keys(tv4.schemas); },
    dropSchemas: function () { tv4.schemas = {}; tv4.reset(); },
    reset: function () { tv4.error = null; tv4.missing = []; },
    normSchema: function (schema, baseUri) { lib.$normSchema(schema, baseUri); }
  };
  return tv4;
})()

//- $errorCodes
({
  INVALID_TYPE: 0, ENUM_MISMATCH: 1, ANY_OF_MISSING: 10, ONE_OF_MISSING: 11, ONE_OF_MULTIPLE: 12, NOT_PASSED: 13,
  NUMBER_MULTIPLE_OF: 100, NUMBER_MINIMUM: 101, NUMBER_MINIMUM_EXCLUSIVE: 102, NUMBER_MAXIMUM: 103,
  NUMBER_MAXIMUM_EXCLUSIVE: 104, NUMBER_NOT_A_NUMBER: 105, STRING_LENGTH_SHORT: 200, STRING_LENGTH_LONG: 201,
  STRING_PATTERN: 202, OBJECT_PROPERTIES_MINIMUM: 300, OBJECT_PROPERTIES_MAXIMUM: 301, OBJECT_REQUIRED: 302,
  OBJECT_ADDITIONAL_PROPERTIES: 303, OBJECT_DEPENDENCY_KEY: 304, ARRAY_LENGTH_SHORT: 400, ARRAY_LENGTH_LONG: 401,
  ARRAY_UNIQUE: 402, ARRAY_ADDITIONAL_ITEMS: 403, FORMAT_CUSTOM: 500, KEYWORD_CUSTOM: 501, CIRCULAR_REFERENCE: 600,
  UNKNOWN_PROPERTY: 1000
})

//- $messages
({
  0: 'Invalid type: {type} (expected {expected})', 1: 'No enum match for: {value}',
  10: 'Data does not match any schemas from "anyOf"', 11: 'Data does not match any schemas from "oneOf"',
  12: 'Data is valid against more than one schema from "oneOf": indices {index1} and {index2}',
  13: 'Data matches schema from "not"', 100: 'Value {value} is not a multiple of {multipleOf}',
  101: 'Value {value} is less than minimum {minimum}', 102: 'Value {value} is equal to exclusive minimum {minimum}',
  103: 'Value {value} is greater than maximum {maximum}', 104: 'Value {value} is equal to exclusive maximum {maximum}',
  105: 'Value {value} is not a valid number', 200: 'String is too short ({length} chars), minimum {minimum}',
  201: 'String is too long ({length} chars), maximum {maximum}', 202: 'String does not match pattern: {pattern}',
  300: 'Too few properties defined ({propertyCount}), minimum {minimum}',
  301: 'Too many properties defined ({propertyCount}), maximum {maximum}', 302: 'Missing required property: {key}',
  303: 'Additional properties not allowed', 304: 'Dependency failed - key must exist: {missing} (due to key: {key})',
  400: 'Array is too short ({length}), minimum {minimum}', 401: 'Array is too long ({length}), maximum {maximum}',
  402: 'Array items are not unique (indices {match1} and {match2})', 403: 'Additional items not allowed',
  500: 'Format validation failed ({message})', 501: 'Keyword failed: {key} ({message})',
  600: 'Circular $refs: {urls}', 1000: 'Unknown property (not in schema)'
})

//- $ValidationError
(function () {
  function ValidationError(code, params, dataPath, schemaPath, subErrors) {
    var template = lib.$messages[code] || 'Unknown error code ' + code;
    this.message = template.replace(/\{([^{}]*)\}/g, function (whole, name) {
      var value = params[name];
      return typeof value === 'string' || typeof value === 'number' ? value : whole;
    });
    this.params = params;
    this.code = code;
    this.dataPath = dataPath || '';
    this.schemaPath = schemaPath || '';
    this.subErrors = subErrors || null;
  }
  ValidationError.prototype = Object.create(Error.prototype);
  ValidationError.prototype.constructor = ValidationError;
  ValidationError.prototype.name = 'ValidationError';
  ValidationError.prototype.prefixWith = function (dataPrefix, schemaPrefix) {
    if (dataPrefix !== null) this.dataPath = '/' + lib.$escapePointer(dataPrefix) + this.dataPath;
    if (schemaPrefix !== null) this.schemaPath = '/' + lib.$escapePointer(schemaPrefix) + this.schemaPath;
    if (this.subErrors !== null) {
      for (var i = 0; i < this.subErrors.length; i++) this.subErrors[i].prefixWith(dataPrefix, schemaPrefix);
    }
    return this;
  };
  return ValidationError;
})()

//- $escapePointer
function $escapePointer(text) {
  return String(text).replace(/~/g, '~0').replace(/\//g, '~1');
}

//- $resolveUrl
function $resolveUrl(base, href) {
  function parse(url) {
    var m = String(url).replace(/^\s+|\s+$/g, '').match(/^([^:\/?#]+:)?(\/\/(?:[^:@]*(?::[^:@]*)?@)?(([^:\/?#]*)(?::(\d*))?))?([^?#]*)(\?[^#]*)?(#[\s\S]*)?/);
    return m ? { protocol: m[1] || '', authority: m[2] || '', pathname: m[6] || '', search: m[7] || '', hash: m[8] || '' } : null;
  }
  function removeDots(input) {
    var output = [];
    input.replace(/^(\.\.?(\/|$))+/, '').replace(/\/(\.(\/|$))+/g, '/').replace(/\/\.\.$/, '/../')
      .replace(/\/?[^\/]*/g, function (p) { if (p === '/..') output.pop(); else output.push(p); });
    return output.join('').replace(/^\//, input.charAt(0) === '/' ? '/' : '');
  }
  href = parse(href || '');
  base = parse(base || '');
  if (!href || !base) return null;
  var path = href.protocol || href.authority || href.pathname.charAt(0) === '/' ? href.pathname
    : (href.pathname ? ((base.authority && !base.pathname ? '/' : '') + base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1) + href.pathname) : base.pathname);
  return (href.protocol || base.protocol) + (href.protocol || href.authority ? href.authority : base.authority) +
    removeDots(path) + (href.protocol || href.authority || href.pathname ? href.search : (href.search || base.search)) + href.hash;
}

//- $normSchema
function $normSchema(schema, baseUri) {
  if (!schema || typeof schema !== 'object') return;
  if (baseUri === undefined) {
    baseUri = schema.id;
  } else if (typeof schema.id === 'string') {
    baseUri = lib.$resolveUrl(baseUri, schema.id);
    schema.id = baseUri;
  }
  if (Array.isArray(schema)) {
    for (var i = 0; i < schema.length; i++) lib.$normSchema(schema[i], baseUri);
    return;
  }
  if (typeof schema.$ref === 'string') schema.$ref = lib.$resolveUrl(baseUri, schema.$ref);
  for (var key in schema) {
    if (key !== 'enum') lib.$normSchema(schema[key], baseUri);
  }
}

//- $addSchema
function $addSchema(schemas, url, schema) {
  if (typeof url !== 'string' || typeof schema === 'undefined') {
    if (url && typeof url === 'object' && typeof url.id === 'string') {
      schema = url;
      url = schema.id;
    } else {
      return;
    }
  }
  if (url === url.split('#')[0] + '#') url = url.split('#')[0];
  schemas[url] = schema;
  lib.$normSchema(schema, url);
  lib.$indexIds(schemas, schema, url);
}

//- $indexIds
function $indexIds(schemas, schema, url) {
  if (Array.isArray(schema)) {
    for (var i = 0; i < schema.length; i++) lib.$indexIds(schemas, schema[i], url);
  } else if (schema && typeof schema === 'object') {
    if (typeof schema.id === 'string' && lib.$isTrustedUrl(url, schema.id) && schemas[schema.id] === undefined) {
      schemas[schema.id] = schema;
    }
    for (var key in schema) {
      if (key !== 'enum' && typeof schema[key] === 'object') lib.$indexIds(schemas, schema[key], url);
    }
  }
}

//- $isTrustedUrl
function $isTrustedUrl(baseUrl, testUrl) {
  if (testUrl.substring(0, baseUrl.length) !== baseUrl) return false;
  var remainder = testUrl.substring(baseUrl.length);
  return (testUrl.length > 0 && testUrl.charAt(baseUrl.length - 1) === '/') || remainder.charAt(0) === '#' ||
    remainder.charAt(0) === '?';
}

//- $getSchema
function $getSchema(schemas, url, history, missing) {
  if (schemas[url] !== undefined) return lib.$resolveRefs(schemas, schemas[url], history, missing);
  var baseUrl = url, fragment = '';
  if (url.indexOf('#') !== -1) {
    fragment = url.substring(url.indexOf('#') + 1);
    baseUrl = url.substring(0, url.indexOf('#'));
  }
  if (typeof schemas[baseUrl] === 'object') {
    var schema = schemas[baseUrl];
    var pointer = decodeURIComponent(fragment);
    if (pointer === '') return lib.$resolveRefs(schemas, schema, history, missing);
    if (pointer.charAt(0) !== '/') return undefined;
    var parts = pointer.split('/').slice(1);
    for (var i = 0; i < parts.length; i++) {
      var component = parts[i].replace(/~1/g, '/').replace(/~0/g, '~');
      if (schema[component] === undefined) { schema = undefined; break; }
      schema = schema[component];
    }
    if (schema !== undefined) return lib.$resolveRefs(schemas, schema, history, missing);
  }
  if (missing.indexOf(baseUrl) === -1) missing.push(baseUrl);
  missing[baseUrl] = baseUrl;
  return undefined;
}

//- $resolveRefs
function $resolveRefs(schemas, schema, history, missing) {
  if (schema && schema.$ref !== undefined) {
    history = history || {};
    if (history[schema.$ref]) {
      return new lib.$ValidationError(600, { urls: Object.keys(history).join(', ') }, '', '', null);
    }
    history[schema.$ref] = true;
    schema = lib.$getSchema(schemas, schema.$ref, history, missing);
  }
  return schema;
}

//- $validate
function $validate(tv4, target, data, schema) {
  var context = new lib.$Context(tv4.schemas, false);
  if (typeof schema === 'string') schema = { $ref: schema };
  lib.$addSchema(context.schemas, '', schema);
  var error = context.validateAll(data, schema, null, null);
  target.error = error;
  target.missing = context.missing;
  target.valid = error === null;
  target.toString = function () { return this.error ? this.error.message : 'Object passed schema validation'; };
  return target.valid;
}

//- $validateMultiple
function $validateMultiple(tv4, data, schema) {
  var context = new lib.$Context(tv4.schemas, true);
  if (typeof schema === 'string') schema = { $ref: schema };
  lib.$addSchema(context.schemas, '', schema);
  context.validateAll(data, schema, null, null);
  var result = {};
  result.errors = context.errors;
  result.missing = context.missing;
  result.valid = result.errors.length === 0;
  return result;
}

"""##
}
