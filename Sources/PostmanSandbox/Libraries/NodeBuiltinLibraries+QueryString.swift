extension NodeBuiltinLibraries {
    /// `querystring`, as JavaScript units.
    static let querystringSource = ##"""
//- escape
function escape(value) {
  if (typeof value !== 'string') { value = typeof value === 'object' ? String(value) : value + ''; }
  return encodeURIComponent(value);
}
//- unescape
function unescape(value, decodeSpaces) {
  try {
    return decodeURIComponent(value);
  } catch (error) {
    return lib.$unescapeLeniently(String(value), decodeSpaces);
  }
}
//- $unescapeLeniently
function unescapeLeniently(text, decodeSpaces) {
  // Like Node's unescapeBuffer: valid %XX escapes become bytes, anything else stays, then UTF-8 decoding.
  var bytes = [], hex = /^[0-9a-fA-F]{2}$/;
  for (var i = 0; i < text.length; i++) {
    var c = text.charAt(i);
    if (c === '%' && hex.test(text.substr(i + 1, 2))) {
      bytes.push(parseInt(text.substr(i + 1, 2), 16));
      i += 2;
    } else if (c === '+' && decodeSpaces) {
      bytes.push(32);
    } else {
      var code = text.charCodeAt(i);
      if (code < 128) { bytes.push(code); } else {
        var encoded = require('buffer').Buffer.from(text.charAt(i) + (code >= 0xd800 && code <= 0xdbff ? text.charAt(i + 1) : ''));
        if (encoded.length === 4) { i++; }
        for (var j = 0; j < encoded.length; j++) { bytes.push(encoded[j]); }
      }
    }
  }
  return require('buffer').Buffer.from(bytes).toString();
}
//- stringifyPrimitive
function stringifyPrimitive(value) {
  if (typeof value === 'string') { return value; }
  if (typeof value === 'number' && isFinite(value)) { return '' + value; }
  if (typeof value === 'bigint') { return '' + value; }
  if (typeof value === 'boolean') { return value ? 'true' : 'false'; }
  return '';
}
//- stringify
function stringify(object, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : lib.escape;
  if (object === null || typeof object !== 'object') { return ''; }
  var keys = Object.keys(object), parts = [];
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i], value = object[key], prefix = encode(lib.stringifyPrimitive(key)) + eq;
    if (Array.isArray(value)) {
      for (var j = 0; j < value.length; j++) { parts.push(prefix + encode(lib.stringifyPrimitive(value[j]))); }
    } else {
      parts.push(prefix + encode(lib.stringifyPrimitive(value)));
    }
  }
  return parts.join(sep);
}
//- encode
lib.stringify
//- parse
function parse(text, sep, eq, options) {
  var result = Object.create(null);
  if (typeof text !== 'string' || text.length === 0) { return result; }
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  var maxKeys = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
  var decode = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : null;
  var pieces = text.split(sep);
  if (maxKeys > 0 && pieces.length > maxKeys) { pieces = pieces.slice(0, maxKeys); }
  function decodePart(part) {
    if (decode) {
      try { return decode(part.replace(/\+/g, ' ')); } catch (error) { return lib.unescape(part.replace(/\+/g, ' '), true); }
    }
    if (part.indexOf('%') === -1) { return part.replace(/\+/g, ' '); }
    return lib.unescape(part.replace(/\+/g, ' '), true);
  }
  for (var i = 0; i < pieces.length; i++) {
    var piece = pieces[i];
    if (piece.length === 0 && (i < pieces.length - 1 || pieces.length > 1)) { continue; }
    if (piece.length === 0) { continue; }
    var at = piece.indexOf(eq), key, value;
    if (at >= 0) { key = piece.slice(0, at); value = piece.slice(at + eq.length); } else { key = piece; value = ''; }
    key = decodePart(key);
    value = decodePart(value);
    if (!Object.prototype.hasOwnProperty.call(result, key)) {
      result[key] = value;
    } else if (Array.isArray(result[key])) {
      result[key].push(value);
    } else {
      result[key] = [result[key], value];
    }
  }
  return result;
}
//- decode
lib.parse
"""##
}
