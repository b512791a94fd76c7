// util.format's placeholders (%s %d %i %f %j %o %O %c %%), missing and extra arguments; util.inspect basics.
const util = require('util');
const f = (...args) => console.log(JSON.stringify(util.format(...args)));
f('%s is %d years', 'Bob', 42); f('%s', 'only'); f('%s %s', 'one'); f('no placeholders', 'extra', 1, { a: 1 }); f('%d', '42abc'); f('%d', -0); f('%d', {}); f('%d', '0x10');
f('%i', 42.9); f('%i', '-7.5px'); f('%f', '3.25abc'); f('%f', 'x'); f('%j', { a: [1, 'b'] }); f('%j', undefined); f('%j', 'str');
const circular = { name: 'c' }; circular.self = circular; f('%j', circular);
f('100%%', 5); f('%% %s', 'x'); f('%c styled', 'color: red'); f('%x %s', 'y'); f('trailing %'); f('%s', null); f('%s', undefined); f('%s', -0); f('%s', true);
f('%s', [1, 2]); f('%s', { a: 1 }); f('%s', { toString() { return 'custom'; } }); f('%s', Symbol('s'));
f(1, 2, 'three'); f({ a: 1 }, 'x'); f(); f('a', 'b', 'c'); f(null, undefined); f('%o', 'str'); f('%O', 'str'); f('%O', { a: { b: 1 } }); f('%d %d', 1);
console.log(util.inspect('a\'b'), util.inspect(5), util.inspect(null), util.inspect(undefined), util.inspect([1, 'x', true]), util.inspect({ a: 1, 'b-c': 'x' }));
console.log(util.inspect({ deep: { er: { est: { x: 1 } } }, arr: [[1, [2, [3, [4]]]]] }));
console.log(util.inspect(function named() {}), util.inspect(class Thing {}), util.inspect(() => 1), util.inspect(/re/gi), util.inspect(new Date(0)));
console.log(util.inspect(new Map([['k', 1]])), util.inspect(new Set([1, 'a'])), util.inspect(circular), util.inspect([]), util.inspect({}));
console.log(typeof util.inspect.custom, util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
// expect: "Bob is 42 years"
// expect: "only"
// expect: "one %s"
// expect: "no placeholders extra 1 { a: 1 }"
// expect: "NaN"
// expect: "-0"
// expect: "NaN"
// expect: "16"
// expect: "42"
// expect: "-7"
// expect: "3.25"
// expect: "NaN"
// expect: "{\"a\":[1,\"b\"]}"
// expect: "undefined"
// expect: "\"str\""
// expect: "[Circular]"
// expect: "100% 5"
// expect: "% x"
// expect: " styled"
// expect: "%x y"
// expect: "trailing %"
// expect: "null"
// expect: "undefined"
// expect: "-0"
// expect: "true"
// expect: "[ 1, 2 ]"
// expect: "{ a: 1 }"
// expect: "custom"
// expect: "Symbol(s)"
// expect: "1 2 three"
// expect: "{ a: 1 } x"
// expect: ""
// expect: "a b c"
// expect: "null undefined"
// expect: "'str'"
// expect: "'str'"
// expect: "{ a: { b: 1 } }"
// expect: "1 %d"
// expect: "a'b" 5 null undefined [ 1, 'x', true ] { a: 1, 'b-c': 'x' }
// expect: { deep: { er: { est: [Object] } }, arr: [ [ 1, [Array] ] ] }
// expect: [Function: named] [class Thing] [Function (anonymous)] /re/gi 1970-01-01T00:00:00.000Z
// expect: Map(1) { 'k' => 1 } Set(2) { 1, 'a' } <ref *1> { name: 'c', self: [Circular *1] } [] {}
// expect: symbol true
