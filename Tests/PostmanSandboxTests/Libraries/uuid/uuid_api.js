// uuid.validate, version, NIL, parse and stringify, with valid, invalid and wrong-typed input. parse returns a
// Uint8Array in uuid 8 and a plain array in Postie, so the bytes are printed as a list. Recorded with uuid 8.3.2
// under node.
var uuid = require('uuid');
['6ba7b810-9dad-11d1-80b4-00c04fd430c8', '6BA7B810-9DAD-11D1-80B4-00C04FD430C8', uuid.NIL,
  '3d813cbb-47fb-32ba-91df-831e1593ac29', '109156be-c47b-45a1-a6fd-2ce8b4acc531', '74738ff5-5367-5958-9aee-98fffdcd1876',
  '6ba7b810-9dad-61d1-80b4-00c04fd430c8', '6ba7b810-9dad-11d1-c0b4-00c04fd430c8', '6ba7b8109dad11d180b400c04fd430c8',
  '{6ba7b810-9dad-11d1-80b4-00c04fd430c8}', ' 6ba7b810-9dad-11d1-80b4-00c04fd430c8', '', 'not a uuid', null, undefined, 42, {}
].forEach(function (value) {
  var line = [JSON.stringify(value), uuid.validate(value)];
  try { line.push(uuid.version(value)); } catch (e) { line.push(e.name + ': ' + e.message); }
  try { line.push(Array.prototype.slice.call(uuid.parse(value)).join(',')); } catch (e) { line.push(e.message); }
  console.log(line.join(' | '));
});
console.log(uuid.NIL, uuid.version(uuid.NIL));
var bytes = Array.prototype.slice.call(uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8'));
console.log(uuid.stringify(bytes), uuid.stringify([9, 9].concat(bytes), 2));
console.log(uuid.stringify(Array.prototype.slice.call(uuid.parse(uuid.NIL))));
try { uuid.stringify([1, 2, 3]); } catch (e) { console.log(e.name, e.message); }
try { uuid.stringify(bytes.map(function () { return 0xff; })); } catch (e) { console.log(e.name, e.message); }
try { uuid.stringify(bytes.map(function (b, i) { return i === 0 ? 256 : b; })); } catch (e) { console.log(e.name, e.message); }
uuid.version('nope');
// expect: "6ba7b810-9dad-11d1-80b4-00c04fd430c8" | true | 1 | 107,167,184,16,157,173,17,209,128,180,0,192,79,212,48,200
// expect: "6BA7B810-9DAD-11D1-80B4-00C04FD430C8" | true | 1 | 107,167,184,16,157,173,17,209,128,180,0,192,79,212,48,200
// expect: "00000000-0000-0000-0000-000000000000" | true | 0 | 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0
// expect: "3d813cbb-47fb-32ba-91df-831e1593ac29" | true | 3 | 61,129,60,187,71,251,50,186,145,223,131,30,21,147,172,41
// expect: "109156be-c47b-45a1-a6fd-2ce8b4acc531" | true | 4 | 16,145,86,190,196,123,69,161,166,253,44,232,180,172,197,49
// expect: "74738ff5-5367-5958-9aee-98fffdcd1876" | true | 5 | 116,115,143,245,83,103,89,88,154,238,152,255,253,205,24,118
// expect: "6ba7b810-9dad-61d1-80b4-00c04fd430c8" | false | TypeError: Invalid UUID | Invalid UUID
// expect: "6ba7b810-9dad-11d1-c0b4-00c04fd430c8" | false | TypeError: Invalid UUID | Invalid UUID
// expect: "6ba7b8109dad11d180b400c04fd430c8" | false | TypeError: Invalid UUID | Invalid UUID
// expect: "{6ba7b810-9dad-11d1-80b4-00c04fd430c8}" | false | TypeError: Invalid UUID | Invalid UUID
// expect: " 6ba7b810-9dad-11d1-80b4-00c04fd430c8" | false | TypeError: Invalid UUID | Invalid UUID
// expect: "" | false | TypeError: Invalid UUID | Invalid UUID
// expect: "not a uuid" | false | TypeError: Invalid UUID | Invalid UUID
// expect: null | false | TypeError: Invalid UUID | Invalid UUID
// expect:  | false | TypeError: Invalid UUID | Invalid UUID
// expect: 42 | false | TypeError: Invalid UUID | Invalid UUID
// expect: {} | false | TypeError: Invalid UUID | Invalid UUID
// expect: 00000000-0000-0000-0000-000000000000 0
// expect: 6ba7b810-9dad-11d1-80b4-00c04fd430c8 6ba7b810-9dad-11d1-80b4-00c04fd430c8
// expect: 00000000-0000-0000-0000-000000000000
// expect: TypeError Stringified UUID is invalid
// expect: TypeError Stringified UUID is invalid
// expect: TypeError Stringified UUID is invalid
// expect error: TypeError: Invalid UUID
