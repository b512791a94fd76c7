// assert: Node's generated messages, including the + actual - expected diffs for small values.
const assert = require('assert');
const m = (f) => { try { f() } catch (e) { console.log(JSON.stringify(e.message)); } };
m(() => assert.strictEqual('hello world', 'hello there'));
m(() => assert.strictEqual(12345678, 1234));
m(() => assert.strictEqual({a:1}, {a:1}));
m(() => assert.deepStrictEqual([1,2,3], [1,2,4]));
m(() => assert.deepStrictEqual({b:{c:[1,'x']}, a:1}, {a:1, b:{c:[1,'y']}}));
m(() => assert.deepStrictEqual({a:1,b:2}, {a:1}));
m(() => assert.deepEqual({a:1}, {a:2}));
m(() => assert.deepEqual([1,2], [1,3]));
m(() => assert.notDeepStrictEqual({a:1}, {a:1}));
m(() => assert.notDeepEqual([1], [1]));
m(() => assert.equal({a:1}, {a:1}));
m(() => assert.strictEqual(0, -0));
m(() => assert.match('abc', /z/));
m(() => assert.match(5, /z/));
m(() => assert.doesNotMatch('abc', /b/));
m(() => assert.ifError('err'));
m(() => assert.ifError(new Error('e1')));
m(() => assert.ok(false));
m(() => assert.ok());
m(() => assert.throws(() => { throw new Error('bad thing'); }, /good/));
m(() => assert.throws(() => { throw new Error('bad'); }, { message: 'good' }));
m(() => assert.throws(() => { throw new Error('bad'); }, RangeError));
// expect: "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'hello world'\n- 'hello there'\n         ^"
// expect: "Expected values to be strictly equal:\n\n12345678 !== 1234\n"
// expect: "Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n"
// expect: "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n    1,\n    2,\n+   3\n-   4\n  ]"
// expect: "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n    b: {\n      c: [\n        1,\n+       'x'\n-       'y'\n      ]\n    }\n  }"
// expect: "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n+   b: 2\n  }"
// expect: "Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}"
// expect: "Expected values to be loosely deep-equal:\n\n[\n  1,\n  2\n]\n\nshould loosely deep-equal\n\n[\n  1,\n  3\n]"
// expect: "Expected \"actual\" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n"
// expect: "Expected \"actual\" not to be loosely deep-equal to:\n\n[\n  1\n]"
// expect: "{\n  a: 1\n} == {\n  a: 1\n}"
// expect: "Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0"
// expect: "The input did not match the regular expression /z/. Input:\n\n'abc'\n"
// expect: "The \"string\" argument must be of type string. Received type number (5)"
// expect: "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n"
// expect: "ifError got unwanted exception: 'err'"
// expect: "ifError got unwanted exception: e1"
// expect: "false == true"
// expect: "No value argument passed to `assert.ok()`"
// expect: "The input did not match the regular expression /good/. Input:\n\n'Error: bad thing'\n"
// expect: "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'bad'\n-   message: 'good'\n  }"
// expect: "The error is expected to be an instance of \"RangeError\". Received \"Error\"\n\nError message:\n\nbad"
