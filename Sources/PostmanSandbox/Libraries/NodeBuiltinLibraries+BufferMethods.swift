extension NodeBuiltinLibraries {
    /// The methods of a `Buffer`: conversion, slicing, comparison, search, writes and integer reads.
    static let bufferMethodsSource = ##"""
//- $proto_toString
function toString(encoding, start, end) {
  var n = this.length;
  start = start === undefined ? 0 : Math.max(Math.trunc(Number(start)) || 0, 0);
  end = end === undefined ? n : Math.min(Math.trunc(Number(end)) || 0, n);
  if (end <= start) { return ''; }
  return lib.$decode(lib.$bytes(this, start, end), encoding);
}
//- $proto_toLocaleString
function toLocaleString(encoding, start, end) { return this.toString(encoding, start, end); }
//- $proto_toJSON
function toJSON() { return { type: 'Buffer', data: lib.$bytes(this) }; }
//- $proto_slice
function slice(start, end) { return lib.$make(lib.$bytes(this, start, end)); }
//- $proto_subarray
function subarray(start, end) { return lib.$make(lib.$bytes(this, start, end)); }
//- $proto_equals
function equals(other) {
  if (!(other instanceof lib.Buffer)) {
    throw lib.$typeError('ERR_INVALID_ARG_TYPE', 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received ' + lib.$describe(other));
  }
  return lib.$compare(this, other) === 0;
}
//- $proto_compare
function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!(target instanceof lib.Buffer)) {
    throw lib.$typeError('ERR_INVALID_ARG_TYPE', 'The "target" argument must be an instance of Buffer or Uint8Array. Received ' + lib.$describe(target));
  }
  return lib.$compare(lib.$make(lib.$bytes(this, sourceStart, sourceEnd)), lib.$make(lib.$bytes(target, targetStart, targetEnd)));
}
//- $proto_write
function write(string, offset, length, encoding) {
  if (typeof offset === 'string') { encoding = offset; offset = 0; length = undefined; }
  else if (typeof length === 'string') { encoding = length; length = undefined; }
  offset = offset === undefined ? 0 : offset;
  var room = this.length - offset;
  length = length === undefined ? room : Math.min(length, room);
  var bytes = lib.$encode(String(string), encoding), name = lib.$encodingName(encoding);
  if (bytes.length > length && name === 'utf8') {
    // Node writes only whole characters.
    var chars = 0, total = 0, text = String(string);
    while (chars < text.length) {
      var step = text.codePointAt(chars) > 0xffff ? 2 : 1;
      var size = lib.$utf8Encode(text.substr(chars, step)).length;
      if (total + size > length) { break; }
      total += size;
      chars += step;
    }
    length = total;
  } else if (name === 'utf16le') {
    length -= length % 2;
  }
  var count = Math.min(bytes.length, length);
  for (var i = 0; i < count; i++) { this[offset + i] = bytes[i]; }
  return count;
}
//- $proto_fill
function fill(value, offset, end, encoding) {
  if (typeof offset === 'string') { encoding = offset; offset = 0; end = this.length; }
  else if (typeof end === 'string') { encoding = end; end = this.length; }
  offset = offset === undefined ? 0 : offset;
  end = end === undefined ? this.length : end;
  var pattern;
  if (typeof value === 'number') { pattern = [value & 255]; }
  else if (typeof value === 'boolean') { pattern = [Number(value)]; }
  else if (typeof value === 'string') { pattern = value === '' ? [0] : lib.$encode(value, encoding); }
  else if (value instanceof lib.Buffer) { pattern = lib.$bytes(value); }
  else { pattern = [0]; }
  if (pattern.length === 0) {
    throw lib.$typeError('ERR_INVALID_ARG_VALUE', "The argument 'value' is invalid. Received '" + value + "'");
  }
  for (var i = offset, j = 0; i < end; i++, j++) { this[i] = pattern[j % pattern.length]; }
  return this;
}
//- $needle
function needle(value, encoding) {
  if (typeof value === 'number') { return [value & 255]; }
  if (typeof value === 'string') { return lib.$encode(value, encoding); }
  if (value instanceof lib.Buffer) { return lib.$bytes(value); }
  throw lib.$typeError('ERR_INVALID_ARG_TYPE', 'The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received ' + lib.$describe(value));
}
//- $proto_indexOf
function indexOf(value, byteOffset, encoding) {
  if (typeof byteOffset === 'string') { encoding = byteOffset; byteOffset = 0; }
  var pattern = lib.$needle(value, encoding), n = this.length;
  var start = byteOffset === undefined ? 0 : Math.trunc(Number(byteOffset)) || 0;
  if (start < 0) { start = Math.max(n + start, 0); }
  if (pattern.length === 0) { return Math.min(start, n); }
  for (var i = start; i + pattern.length <= n; i++) {
    var j = 0;
    while (j < pattern.length && this[i + j] === pattern[j]) { j++; }
    if (j === pattern.length) { return i; }
  }
  return -1;
}
//- $proto_lastIndexOf
function lastIndexOf(value, byteOffset, encoding) {
  if (typeof byteOffset === 'string') { encoding = byteOffset; byteOffset = undefined; }
  var pattern = lib.$needle(value, encoding), n = this.length;
  var start = byteOffset === undefined ? n - pattern.length : Math.trunc(Number(byteOffset)) || 0;
  if (start < 0) { start = n + start; }
  start = Math.min(start, n - pattern.length);
  for (var i = start; i >= 0; i--) {
    var j = 0;
    while (j < pattern.length && this[i + j] === pattern[j]) { j++; }
    if (j === pattern.length) { return i; }
  }
  return -1;
}
//- $proto_includes
function includes(value, byteOffset, encoding) { return this.indexOf(value, byteOffset, encoding) !== -1; }
//- $proto_copy
function copy(target, targetStart, sourceStart, sourceEnd) {
  targetStart = targetStart || 0;
  var bytes = lib.$bytes(this, sourceStart, sourceEnd), count = Math.max(Math.min(bytes.length, target.length - targetStart), 0);
  for (var i = 0; i < count; i++) { target[targetStart + i] = bytes[i]; }
  return count;
}
//- $proto_swap16
function swap16() {
  if (this.length % 2 !== 0) {
    var error = new RangeError('Buffer size must be a multiple of 16-bits');
    error.code = 'ERR_INVALID_BUFFER_SIZE';
    throw error;
  }
  for (var i = 0; i < this.length; i += 2) {
    var byte = this[i];
    this[i] = this[i + 1];
    this[i + 1] = byte;
  }
  return this;
}
//- $proto_reverse
function reverse() {
  for (var i = 0, j = this.length - 1; i < j; i++, j--) {
    var byte = this[i];
    this[i] = this[j];
    this[j] = byte;
  }
  return this;
}
//- $readInteger
function readInteger(buffer, kind, offset) {
  var size = /8$/.test(kind) ? 1 : /16/.test(kind) ? 2 : 4, little = /LE$/.test(kind), signed = kind.charAt(0) === 'I';
  offset = lib.$checkOffset(buffer, offset, size);
  var value = 0;
  for (var i = 0; i < size; i++) {
    value = value * 256 + buffer[offset + (little ? size - 1 - i : i)];
  }
  var limit = Math.pow(2, size * 8);
  return signed && value >= limit / 2 ? value - limit : value;
}
//- $writeInteger
function writeInteger(buffer, kind, value, offset) {
  var size = /8$/.test(kind) ? 1 : /16/.test(kind) ? 2 : 4, little = /LE$/.test(kind), signed = kind.charAt(0) === 'I';
  offset = lib.$checkOffset(buffer, offset, size);
  var limit = Math.pow(2, size * 8), min = signed ? -limit / 2 : 0, max = signed ? limit / 2 - 1 : limit - 1;
  value = +value;
  if (!(value >= min && value <= max)) {
    throw lib.$rangeError('value', value, '>= ' + min + ' and <= ' + max);
  }
  var unsigned = value < 0 ? value + limit : value;
  for (var i = size - 1; i >= 0; i--) {
    buffer[offset + (little ? size - 1 - i : i)] = unsigned % 256;
    unsigned = Math.floor(unsigned / 256);
  }
  return offset + size;
}
//- $checkOffset
function checkOffset(buffer, offset, size) {
  if (offset === undefined) { offset = 0; }
  if (typeof offset !== 'number') {
    throw lib.$typeError('ERR_INVALID_ARG_TYPE', 'The "offset" argument must be of type number. Received ' + lib.$describe(offset));
  }
  if (offset !== Math.floor(offset)) {
    throw lib.$rangeError('offset', offset, 'an integer');
  }
  if (buffer.length - size < 0) {
    var error = new RangeError('Attempt to access memory outside buffer bounds');
    error.code = 'ERR_BUFFER_OUT_OF_BOUNDS';
    throw error;
  }
  if (offset < 0 || offset > buffer.length - size) {
    throw lib.$rangeError('offset', offset, '>= 0 and <= ' + (buffer.length - size));
  }
  return offset;
}
//- kMaxLength
4294967296
//- constants
({ MAX_LENGTH: 4294967296, MAX_STRING_LENGTH: 536870888 })
"""##
}
