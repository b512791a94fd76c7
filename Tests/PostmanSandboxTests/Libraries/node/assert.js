// assert: passing and failing calls, AssertionError's fields, and Node's messages for the single-line cases.
const assert = require('assert');
const fail = (f) => { try { f(); console.log('passed'); } catch (e) { console.log(JSON.stringify([e.name, e.code, e.message, e.operator, e.generatedMessage, e instanceof assert.AssertionError, e instanceof Error])); } };
console.log(typeof assert, assert.ok === assert || typeof assert.ok, assert.strict === assert.strict.strict);
fail(() => assert(true)); fail(() => assert(1, 'not used')); fail(() => assert(0, 'zero is falsy')); fail(() => assert.ok('', 'empty')); fail(() => assert.ok(null, new TypeError('custom error')));
fail(() => assert.equal(1, '1')); fail(() => assert.equal(1, 2)); fail(() => assert.equal('a', 'b', 'my message')); fail(() => assert.equal(NaN, NaN)); fail(() => assert.equal(null, undefined));
fail(() => assert.notEqual(1, 2)); fail(() => assert.notEqual(1, '1'));
fail(() => assert.strictEqual(1, 1)); fail(() => assert.strictEqual(1, 2)); fail(() => assert.strictEqual('a', 'b')); fail(() => assert.strictEqual(1, '1')); fail(() => assert.strictEqual(true, false, 'flag'));
fail(() => assert.strictEqual(null, undefined)); fail(() => assert.strictEqual(NaN, NaN));
fail(() => assert.notStrictEqual(1, 2)); fail(() => assert.notStrictEqual(1, 1)); fail(() => assert.notStrictEqual('x', 'x', 'same'));
fail(() => assert.deepEqual({ a: [1, 2] }, { a: ['1', 2] })); fail(() => assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })); fail(() => assert.deepStrictEqual({ a: 1 }, { a: '1' }, 'deep message'));
fail(() => assert.notDeepEqual({ a: 1 }, { a: 2 })); fail(() => assert.notDeepStrictEqual([1], ['1'])); fail(() => assert.notDeepStrictEqual([1], [1], 'nd'));
fail(() => assert.throws(() => { throw new TypeError('bad'); })); fail(() => assert.throws(() => { throw new TypeError('bad'); }, TypeError)); fail(() => assert.throws(() => { throw new Error('bad thing'); }, /bad/));
fail(() => assert.throws(() => { throw new Error('bad'); }, { message: 'bad', name: 'Error' })); fail(() => assert.throws(() => {}));
fail(() => assert.throws(() => {}, 'should throw')); fail(() => assert.throws(() => {}, TypeError)); fail(() => assert.throws(() => { throw new Error('x'); }, (e) => e.message === 'x'));
fail(() => assert.doesNotThrow(() => 1)); fail(() => assert.doesNotThrow(() => { throw new Error('oops'); })); fail(() => assert.doesNotThrow(() => { throw new Error('oops'); }, 'context'));
fail(() => assert.fail()); fail(() => assert.fail('boom')); fail(() => assert.fail(new RangeError('ranged')));
fail(() => assert.match('abc', /b/)); fail(() => assert.doesNotMatch('abc', /z/)); fail(() => assert.match('abc', /z/, 'no z'));
fail(() => assert.ifError(null)); fail(() => assert.strict.equal(1, 1));
try { assert.strictEqual(1, 2); } catch (e) { console.log(e.actual, e.expected, e.operator, Object.keys(e).sort().join()); }
const custom = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', message: 'custom' }); console.log(custom.message, custom.code, custom.name, custom.generatedMessage);
// expect: function true true
// expect: passed
// expect: passed
// expect: ["AssertionError","ERR_ASSERTION","zero is falsy","==",false,true,true]
// expect: ["AssertionError","ERR_ASSERTION","empty","==",false,true,true]
// expect: ["TypeError",null,"custom error",null,null,false,true]
// expect: passed
// expect: ["AssertionError","ERR_ASSERTION","1 == 2","==",true,true,true]
// expect: ["AssertionError","ERR_ASSERTION","my message","==",false,true,true]
// expect: passed
// expect: passed
// expect: passed
// expect: ["AssertionError","ERR_ASSERTION","1 != '1'","!=",true,true,true]
// expect: passed
// expect: ["AssertionError","ERR_ASSERTION","Expected values to be strictly equal:\n\n1 !== 2\n","strictEqual",true,true,true]
// expect: ["AssertionError","ERR_ASSERTION","Expected values to be strictly equal:\n\n'a' !== 'b'\n","strictEqual",true,true,true]
// expect: ["AssertionError","ERR_ASSERTION","Expected values to be strictly equal:\n\n1 !== '1'\n","strictEqual",true,true,true]
// expect: ["AssertionError","ERR_ASSERTION","flag\n\ntrue !== false\n","strictEqual",false,true,true]
// expect: ["AssertionError","ERR_ASSERTION","Expected values to be strictly equal:\n+ actual - expected\n\n+ null\n- undefined","strictEqual",true,true,true]
// expect: passed
// expect: passed
// expect: ["AssertionError","ERR_ASSERTION","Expected \"actual\" to be strictly unequal to: 1","notStrictEqual",true,true,true]
// expect: ["AssertionError","ERR_ASSERTION","same","notStrictEqual",false,true,true]
// expect: passed
// expect: passed
// expect: ["AssertionError","ERR_ASSERTION","deep message\n+ actual - expected\n\n  {\n+   a: 1\n-   a: '1'\n  }","deepStrictEqual",false,true,true]
// expect: passed
// expect: passed
// expect: ["AssertionError","ERR_ASSERTION","nd","notDeepStrictEqual",false,true,true]
// expect: passed
// expect: passed
// expect: passed
// expect: passed
// expect: ["AssertionError","ERR_ASSERTION","Missing expected exception.","throws",false,true,true]
// expect: ["AssertionError","ERR_ASSERTION","Missing expected exception: should throw","throws",false,true,true]
// expect: ["AssertionError","ERR_ASSERTION","Missing expected exception (TypeError).","throws",false,true,true]
// expect: passed
// expect: passed
// expect: ["AssertionError","ERR_ASSERTION","Got unwanted exception.\nActual message: \"oops\"","doesNotThrow",false,true,true]
// expect: ["AssertionError","ERR_ASSERTION","Got unwanted exception: context\nActual message: \"oops\"","doesNotThrow",false,true,true]
// expect: ["AssertionError","ERR_ASSERTION","Failed","fail",true,true,true]
// expect: ["AssertionError","ERR_ASSERTION","boom","fail",false,true,true]
// expect: ["RangeError",null,"ranged",null,null,false,true]
// expect: passed
// expect: passed
// expect: ["AssertionError","ERR_ASSERTION","no z","match",false,true,true]
// expect: passed
// expect: passed
// expect: 1 2 strictEqual actual,code,expected,generatedMessage,operator
// expect: custom
// expect: 
// expect: 1 !== 2
// expect:  ERR_ASSERTION AssertionError false
