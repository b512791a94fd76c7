import Crypto
import JavaScriptInterpreter

/// uuid, written for Postie: `require('uuid')` (v1, v4, validate, version, NIL, parse, stringify).
///
/// As in Postman's sandbox, the module is itself a function that makes a v4 UUID, and carries the uuid package's
/// API (version 8's) as properties. Random bytes come from the system's secure source through `native.random`;
/// `parse` returns a plain array, since the interpreter has no `Uint8Array`.
enum UUIDLibrary {
    static var uuid: ScriptLibrary { ScriptLibrary(fileName: "uuid.js", uuidSource, natives: natives) }

    static let uuidSource = ##"""
//- module
function uuid(options, buffer, offset) { return lib.v4(options, buffer, offset); }

//- NIL
'00000000-0000-0000-0000-000000000000'

//- v4
function v4(options, buffer, offset) {
  options = options || {};
  var bytes = options.random || (options.rng ? options.rng() : native.random(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return lib.$output(bytes, buffer, offset);
}

//- $output
function output(bytes, buffer, offset) {
  if (!buffer) return lib.stringify(bytes);
  offset = offset || 0;
  for (var i = 0; i < 16; i++) buffer[offset + i] = bytes[i];
  return buffer;
}

//- $clock
{ node: undefined, clockseq: undefined, lastMSecs: 0, lastNSecs: 0 }

//- v1
function v1(options, buffer, offset) {
  var state = lib.$clock, start = (buffer && offset) || 0, bytes = buffer || new Array(16);
  options = options || {};
  var node = options.node || state.node;
  var clockseq = options.clockseq !== undefined ? options.clockseq : state.clockseq;
  if (node == null || clockseq == null) {
    var seed = options.random || (options.rng ? options.rng() : native.random(16));
    // RFC 4122 §4.5: a random node ID has the multicast bit set, so it can't collide with a real MAC address.
    if (node == null) node = state.node = [seed[0] | 0x01, seed[1], seed[2], seed[3], seed[4], seed[5]];
    if (clockseq == null) clockseq = state.clockseq = ((seed[6] << 8) | seed[7]) & 0x3fff;
  }
  var msecs = options.msecs !== undefined ? options.msecs : Date.now();
  // Within one millisecond a counter of 100 ns steps stands in for a finer clock.
  var nsecs = options.nsecs !== undefined ? options.nsecs : state.lastNSecs + 1;
  var elapsed = msecs - state.lastMSecs + (nsecs - state.lastNSecs) / 10000;
  if (elapsed < 0 && options.clockseq === undefined) clockseq = (clockseq + 1) & 0x3fff;
  if ((elapsed < 0 || msecs > state.lastMSecs) && options.nsecs === undefined) nsecs = 0;
  if (nsecs >= 10000) throw new Error("uuid.v1(): Can't create more than 10M uuids/sec");
  state.lastMSecs = msecs;
  state.lastNSecs = nsecs;
  state.clockseq = clockseq;
  // 100 ns intervals since the Gregorian epoch, 1582-10-15.
  msecs += 12219292800000;
  var low = ((msecs & 0xfffffff) * 10000 + nsecs) % 0x100000000;
  var mid = ((msecs / 0x100000000) * 10000) & 0xfffffff;
  var fields = [low >>> 24 & 0xff, low >>> 16 & 0xff, low >>> 8 & 0xff, low & 0xff, mid >>> 8 & 0xff, mid & 0xff,
    (mid >>> 24 & 0xf) | 0x10, mid >>> 16 & 0xff, (clockseq >>> 8) | 0x80, clockseq & 0xff];
  for (var i = 0; i < 10; i++) bytes[start + i] = fields[i];
  for (var n = 0; n < 6; n++) bytes[start + 10 + n] = node[n];
  return buffer || lib.stringify(bytes);
}

//- validate
function validate(uuid) {
  return typeof uuid === 'string' &&
    /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000)$/i
      .test(uuid);
}

//- version
function version(uuid) {
  if (!lib.validate(uuid)) throw new TypeError('Invalid UUID');
  return parseInt(uuid.substr(14, 1), 16);
}

//- parse
function parse(uuid) {
  if (!lib.validate(uuid)) throw new TypeError('Invalid UUID');
  var bytes = [];
  uuid.replace(/-/g, '').replace(/../g, function (pair) { bytes.push(parseInt(pair, 16)); return ''; });
  return bytes;
}

//- stringify
function stringify(bytes, offset) {
  offset = offset || 0;
  var text = '';
  for (var i = 0; i < 16; i++) {
    // Bytes are looked up as array indices would be: 7 and '7' work, 7.5, -1 and '07' don't.
    var key = String(bytes[offset + i]);
    var hex = /^(0|[1-9][0-9]*)$/.test(key) && +key < 256 ? (+key + 0x100).toString(16).substr(1) : 'undefined';
    text += hex + (i === 3 || i === 5 || i === 7 || i === 9 ? '-' : '');
  }
  text = text.toLowerCase();
  if (!lib.validate(text)) throw new TypeError('Stringified UUID is invalid');
  return text;
}
"""##

    /// `random(count)`: an array of `count` bytes from the system's secure random source.
    static func natives(_ realm: Realm) -> JSObject {
        let natives = realm.newObject()
        let random = realm.newFunction("random", length: 1) { call throws(JSThrow) in
            let requested = try call.realm.toNumber(call[0])
            let count = requested > 0 ? Int(min(requested, 4096)) : 0
            do {
                let bytes = try SystemRandom.bytes(count: count)
                return .object(call.realm.newArray(bytes.map { .number(Double($0)) }))
            } catch {
                throw call.realm.throwError("Error", "\(error)")
            }
        }
        realm.defineValue(natives, "random", .object(random), enumerable: false)
        return natives
    }
}
