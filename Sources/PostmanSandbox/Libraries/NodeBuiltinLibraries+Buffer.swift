extension NodeBuiltinLibraries {
    /// `buffer`, as JavaScript units.
    static let bufferSource = ##"""
//- Buffer
(function () {
  function Buffer(value, encodingOrOffset, length) {
    if (typeof value === 'number') { return lib.$alloc(value); }
    return lib.$from(value, encodingOrOffset, length);
  }
  return lib.$setUp(Buffer);
})()
//- $setUp
function setUp(Buffer) {
  var proto = Buffer.prototype;
  function lazy(holder, name, unit) {
    Object.defineProperty(holder, name, {
      configurable: true, enumerable: false,
      get: function () {
        var value = lib[unit];
        Object.defineProperty(holder, name, { value: value, writable: true, configurable: true, enumerable: false });
        return value;
      },
      set: function (value) {
        Object.defineProperty(holder, name, { value: value, writable: true, configurable: true, enumerable: false });
      }
    });
  }
  ['from', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'byteLength', 'concat', 'isBuffer', 'compare', 'isEncoding']
    .forEach(function (name) { lazy(Buffer, name, '$' + name); });
  Buffer.poolSize = 8192;
  ['toString', 'toJSON', 'slice', 'subarray', 'equals', 'compare', 'write', 'fill', 'indexOf', 'lastIndexOf',
    'includes', 'copy', 'toLocaleString', 'swap16', 'reverse']
    .forEach(function (name) { lazy(proto, name, '$proto_' + name); });
  ['UInt8', 'UInt16LE', 'UInt16BE', 'UInt32LE', 'UInt32BE', 'Int8', 'Int16LE', 'Int16BE', 'Int32LE', 'Int32BE']
    .forEach(function (kind) {
      ['read', 'write'].forEach(function (verb) {
        var name = verb + kind;
        Object.defineProperty(proto, name, {
          configurable: true, writable: true, enumerable: false,
          value: function (a, b) { return lib['$' + verb + 'Integer'](this, kind, a, b); }
        });
        if (kind.charAt(0) === 'U') {
          Object.defineProperty(proto, verb + 'Uint' + kind.slice(4), {
            configurable: true, writable: true, enumerable: false, value: proto[name]
          });
        }
      });
    });
  ['forEach', 'map', 'join', 'reduce', 'some', 'every', 'find', 'findIndex', 'keys', 'values', 'entries']
    .forEach(function (name) {
      Object.defineProperty(proto, name, {
        configurable: true, writable: true, enumerable: false, value: Array.prototype[name]
      });
    });
  Object.defineProperty(proto, Symbol.iterator, {
    configurable: true, writable: true, enumerable: false, value: Array.prototype.values
  });
  return Buffer;
}
//- $make
function make(bytes) {
  var buffer = Object.create(lib.Buffer.prototype);
  for (var i = 0; i < bytes.length; i++) { buffer[i] = bytes[i]; }
  Object.defineProperty(buffer, 'length', { value: bytes.length, writable: false, enumerable: false, configurable: false });
  return buffer;
}
//- $typeError
function typeError(code, message) {
  var error = new TypeError(message);
  error.code = code;
  return error;
}
//- $rangeError
function rangeError(name, value, range) {
  var received = lib.$describe(value).replace(/^type \w+ \((.*)\)$/, '$1');
  if (Number.isInteger(value) && Math.abs(value) > 4294967296) { received = received.replace(/\B(?=(\d{3})+$)/g, '_'); }
  var error = new RangeError('The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + received);
  error.code = 'ERR_OUT_OF_RANGE';
  return error;
}
//- $describe
function describe(value) {
  if (value === null || value === undefined) { return String(value); }
  if (typeof value === 'function') { return 'function ' + value.name; }
  if (typeof value === 'object') {
    return value.constructor && value.constructor.name ? 'an instance of ' + value.constructor.name : 'an instance of Object';
  }
  var text = typeof value === 'string' ? "'" + (value.length > 25 ? value.slice(0, 25) + '...' : value) + "'" : String(value);
  return 'type ' + typeof value + ' (' + text + ')';
}
//- $encodingName
function encodingName(encoding) {
  if (encoding === undefined || encoding === null) { return 'utf8'; }
  switch (String(encoding).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
  }
  if (encoding === '') { return 'utf8'; }
  throw lib.$typeError('ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + encoding);
}
//- $isEncoding
function isEncoding(encoding) {
  if (typeof encoding !== 'string' || encoding === '') { return false; }
  try { lib.$encodingName(encoding); return true; } catch (error) { return false; }
}
//- $encode
function encode(string, encoding) {
  switch (lib.$encodingName(encoding)) {
    case 'utf8': return lib.$utf8Encode(string);
    case 'hex': return lib.$hexDecode(string);
    case 'base64': case 'base64url': return lib.$base64Decode(string);
    case 'latin1': case 'ascii':
      var bytes = [];
      for (var i = 0; i < string.length; i++) { bytes.push(string.charCodeAt(i) & 255); }
      return bytes;
    case 'utf16le':
      var units = [];
      for (var j = 0; j < string.length; j++) {
        var unit = string.charCodeAt(j);
        units.push(unit & 255, unit >> 8);
      }
      return units;
  }
}
//- $decode
function decode(bytes, encoding) {
  var out = '', i;
  switch (lib.$encodingName(encoding)) {
    case 'utf8': return lib.$utf8Decode(bytes);
    case 'hex':
      for (i = 0; i < bytes.length; i++) { out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16); }
      return out;
    case 'base64': return lib.$base64Encode(bytes, false);
    case 'base64url': return lib.$base64Encode(bytes, true);
    case 'latin1':
      for (i = 0; i < bytes.length; i++) { out += String.fromCharCode(bytes[i]); }
      return out;
    case 'ascii':
      for (i = 0; i < bytes.length; i++) { out += String.fromCharCode(bytes[i] & 127); }
      return out;
    case 'utf16le':
      for (i = 0; i + 1 < bytes.length; i += 2) { out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8)); }
      return out;
  }
}
//- $utf8Encode
function utf8Encode(string) {
  var bytes = [];
  for (var i = 0; i < string.length; i++) {
    var code = string.charCodeAt(i);
    if (code < 0x80) { bytes.push(code); continue; }
    if (code >= 0xd800 && code <= 0xdfff) {
      var next = string.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        code = 0xfffd;
      }
    }
    if (code < 0x800) {
      bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    } else if (code < 0x10000) {
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    } else {
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    }
  }
  return bytes;
}
//- $utf8Decode
function utf8Decode(bytes) {
  // The WHATWG decoder: each maximal invalid subsequence becomes one U+FFFD.
  var out = '', chunk = [], i = 0, n = bytes.length;
  while (i < n) {
    var byte = bytes[i++], code, needed = 0, lower = 0x80, upper = 0xbf;
    if (byte < 0x80) { code = byte; }
    else if (byte >= 0xc2 && byte <= 0xdf) { needed = 1; code = byte & 0x1f; }
    else if (byte >= 0xe0 && byte <= 0xef) {
      needed = 2; code = byte & 0xf;
      if (byte === 0xe0) { lower = 0xa0; }
      if (byte === 0xed) { upper = 0x9f; }
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      needed = 3; code = byte & 0x7;
      if (byte === 0xf0) { lower = 0x90; }
      if (byte === 0xf4) { upper = 0x8f; }
    } else { code = 0xfffd; }
    while (needed > 0) {
      var next = bytes[i];
      if (i >= n || next < lower || next > upper) { code = 0xfffd; break; }
      code = (code << 6) | (next & 63);
      lower = 0x80; upper = 0xbf;
      i++; needed--;
    }
    if (code >= 0x10000) {
      code -= 0x10000;
      chunk.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else {
      chunk.push(code);
    }
    if (chunk.length > 4096) { out += String.fromCharCode.apply(null, chunk); chunk = []; }
  }
  return out + String.fromCharCode.apply(null, chunk);
}
//- $base64Encode
function base64Encode(bytes, url) {
  var alphabet = url ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    : 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  var out = '', i;
  for (i = 0; i + 2 < bytes.length; i += 3) {
    var triple = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += alphabet[triple >> 18] + alphabet[(triple >> 12) & 63] + alphabet[(triple >> 6) & 63] + alphabet[triple & 63];
  }
  var rest = bytes.length - i;
  if (rest === 1) {
    out += alphabet[bytes[i] >> 2] + alphabet[(bytes[i] & 3) << 4] + (url ? '' : '==');
  } else if (rest === 2) {
    var pair = (bytes[i] << 8) | bytes[i + 1];
    out += alphabet[pair >> 10] + alphabet[(pair >> 4) & 63] + alphabet[(pair & 15) << 2] + (url ? '' : '=');
  }
  return out;
}
//- $base64Decode
function base64Decode(string) {
  // Like Node: both alphabets, other characters skipped, decoding stops at the first '='.
  var bytes = [], bits = 0, count = 0;
  for (var i = 0; i < string.length; i++) {
    var c = string.charCodeAt(i), value;
    if (c >= 65 && c <= 90) { value = c - 65; }
    else if (c >= 97 && c <= 122) { value = c - 71; }
    else if (c >= 48 && c <= 57) { value = c + 4; }
    else if (c === 43 || c === 45) { value = 62; }
    else if (c === 47 || c === 95) { value = 63; }
    else if (c === 61) { break; }
    else { continue; }
    bits = (bits << 6) | value;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes.push((bits >> count) & 255);
      bits &= (1 << count) - 1;
    }
  }
  return bytes;
}
//- $hexDecode
function hexDecode(string) {
  var bytes = [];
  for (var i = 0; i + 1 < string.length; i += 2) {
    var pair = string.substr(i, 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) { break; }
    bytes.push(parseInt(pair, 16));
  }
  return bytes;
}
//- $from
function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') { return lib.$make(lib.$encode(value, encodingOrOffset)); }
  if (value !== null && typeof value === 'object') {
    if (typeof ArrayBuffer === 'function' && value instanceof ArrayBuffer) {
      throw lib.$typeError('ERR_INVALID_ARG_TYPE', 'ArrayBuffer is not supported by Postie\'s Buffer');
    }
    var source = value;
    if (typeof value.length !== 'number' && value.type === 'Buffer' && Array.isArray(value.data)) { source = value.data; }
    if (typeof source.length === 'number') {
      var bytes = [];
      for (var i = 0; i < source.length; i++) { bytes.push(lib.$toByte(source[i])); }
      return lib.$make(bytes);
    }
    var primitive = typeof value.valueOf === 'function' ? value.valueOf() : value;
    if (primitive !== value && primitive !== null && primitive !== undefined) {
      return lib.$from(primitive, encodingOrOffset, length);
    }
    if (typeof value[Symbol.toPrimitive] === 'function') {
      return lib.$from(value[Symbol.toPrimitive]('string'), encodingOrOffset, length);
    }
  }
  throw lib.$typeError('ERR_INVALID_ARG_TYPE', 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received ' + lib.$describe(value));
}
//- $toByte
function toByte(value) {
  var number = Number(value);
  return number !== number ? 0 : ((number | 0) & 255);
}
//- $alloc
function alloc(size, fill, encoding) {
  if (typeof size !== 'number') {
    throw lib.$typeError('ERR_INVALID_ARG_TYPE', 'The "size" argument must be of type number. Received ' + lib.$describe(size));
  }
  if (!(size >= 0 && size <= 4294967296)) { throw lib.$rangeError('size', size, '>= 0 && <= 4294967296'); }
  var bytes = [];
  for (var i = 0; i < Math.floor(size); i++) { bytes.push(0); }
  var buffer = lib.$make(bytes);
  if (fill !== undefined && fill !== 0) { buffer.fill(fill, encoding); }
  return buffer;
}
//- $allocUnsafe
function allocUnsafe(size) { return lib.$alloc(size); }
//- $allocUnsafeSlow
function allocUnsafeSlow(size) { return lib.$alloc(size); }
//- $isBuffer
function isBuffer(value) { return value instanceof lib.Buffer; }
//- $byteLength
function byteLength(value, encoding) {
  if (typeof value !== 'string') {
    if (value !== null && typeof value === 'object' && typeof value.length === 'number' && !Array.isArray(value)) { return value.length; }
    throw lib.$typeError('ERR_INVALID_ARG_TYPE', 'The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received ' + lib.$describe(value));
  }
  var name;
  try { name = lib.$encodingName(encoding); } catch (error) { name = 'utf8'; }
  if (name === 'base64' || name === 'base64url') {
    var n = value.length;
    while (n > 0 && value.charCodeAt(n - 1) === 61) { n--; }
    return (n * 3) >>> 2;
  }
  if (name === 'hex') { return value.length >>> 1; }
  return lib.$encode(value, name).length;
}
//- $concat
function concat(list, totalLength) {
  if (!Array.isArray(list)) {
    throw lib.$typeError('ERR_INVALID_ARG_TYPE', 'The "list" argument must be an instance of Array. Received ' + lib.$describe(list));
  }
  var bytes = [];
  for (var i = 0; i < list.length; i++) {
    var item = list[i];
    if (!(item instanceof lib.Buffer)) {
      throw lib.$typeError('ERR_INVALID_ARG_TYPE', 'The "list[' + i + ']" argument must be an instance of Buffer or Uint8Array. Received ' + lib.$describe(item));
    }
    for (var j = 0; j < item.length; j++) { bytes.push(item[j]); }
  }
  if (totalLength !== undefined) {
    bytes = bytes.slice(0, totalLength);
    while (bytes.length < totalLength) { bytes.push(0); }
  }
  return lib.$make(bytes);
}
//- $compare
function compare(a, b) {
  if (!(a instanceof lib.Buffer)) {
    throw lib.$typeError('ERR_INVALID_ARG_TYPE', 'The "buf1" argument must be an instance of Buffer or Uint8Array. Received ' + lib.$describe(a));
  }
  if (!(b instanceof lib.Buffer)) {
    throw lib.$typeError('ERR_INVALID_ARG_TYPE', 'The "buf2" argument must be an instance of Buffer or Uint8Array. Received ' + lib.$describe(b));
  }
  var n = Math.min(a.length, b.length);
  for (var i = 0; i < n; i++) {
    if (a[i] !== b[i]) { return a[i] < b[i] ? -1 : 1; }
  }
  return a.length === b.length ? 0 : (a.length < b.length ? -1 : 1);
}
//- $bytes
function bytes(buffer, start, end) {
  var n = buffer.length;
  start = start === undefined ? 0 : Math.trunc(Number(start)) || 0;
  end = end === undefined ? n : Math.trunc(Number(end)) || 0;
  if (start < 0) { start = Math.max(n + start, 0); }
  if (end < 0) { end = Math.max(n + end, 0); }
  start = Math.min(start, n);
  end = Math.min(end, n);
  var out = [];
  for (var i = start; i < end; i++) { out.push(buffer[i]); }
  return out;
}
"""##
}
