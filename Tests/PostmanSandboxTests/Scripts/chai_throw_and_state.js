// chai 4.4.1's throw, respondTo, frozen/sealed/extensible and the value properties (ok, true, null, empty…).
// Each pm.test is checked against the `// expect:` line after it (the real chai 4.4.1 output).
function boom() { throw new TypeError('boom happened'); }
function quiet() { return 1; }
pm.test('throw', function () { pm.expect(quiet).to.throw(); });
// expect: expected [Function quiet] to throw an error
pm.test('throw anonymous', function () { pm.expect(function () {}).to.throw(); });
// expect: expected [Function] to throw an error
pm.test('throw passes', function () { pm.expect(boom).to.throw(); });
// expect: pass
pm.test('not throw', function () { pm.expect(boom).to.not.throw(); });
// expect: expected [Function boom] to not throw an error but 'TypeError: boom happened' was thrown
pm.test('throw constructor', function () { pm.expect(boom).to.throw(RangeError); });
// expect: expected [Function boom] to throw 'RangeError' but 'TypeError: boom happened' was thrown
pm.test('throw constructor passes', function () { pm.expect(boom).to.throw(TypeError); });
// expect: pass
pm.test('throw constructor nothing thrown', function () { pm.expect(quiet).to.throw(TypeError); });
// expect: expected [Function quiet] to throw TypeError
pm.test('not throw constructor', function () { pm.expect(boom).to.not.throw(TypeError); });
// expect: expected [Function boom] to not throw 'TypeError' but 'TypeError: boom happened' was thrown
pm.test('throw message', function () { pm.expect(boom).to.throw('other'); });
// expect: expected [Function boom] to throw error including 'other' but got 'boom happened'
pm.test('throw message passes', function () { pm.expect(boom).to.throw('happened'); });
// expect: pass
pm.test('throw message nothing thrown', function () { pm.expect(quiet).to.throw('boom'); });
// expect: expected [Function quiet] to throw an error
pm.test('not throw message', function () { pm.expect(boom).to.not.throw('boom'); });
// expect: expected [Function boom] to throw error not including 'boom'
pm.test('throw regex', function () { pm.expect(boom).to.throw(/^x/); });
// expect: expected [Function boom] to throw error matching /^x/ but got 'boom happened'
pm.test('not throw regex', function () { pm.expect(boom).to.not.throw(/boom/); });
// expect: expected [Function boom] to throw error not matching /boom/
pm.test('throw constructor and message', function () { pm.expect(boom).to.throw(TypeError, 'nope'); });
// expect: expected [Function boom] to throw error including 'nope' but got 'boom happened'
pm.test('throw wrong constructor and message', function () { pm.expect(boom).to.throw(RangeError, 'boom'); });
// expect: expected [Function boom] to throw 'RangeError' but 'TypeError: boom happened' was thrown
pm.test('throw error instance', function () { pm.expect(boom).to.throw(new TypeError('boom happened')); });
// expect: expected [Function boom] to throw 'TypeError: boom happened' but 'TypeError: boom happened' was thrown
pm.test('throws alias with a string thrown', function () { pm.expect(function () { throw 'text'; }).throws(Error); });
// expect: expected [Function] to throw 'Error' but 'text' was thrown
pm.test('throw with message', function () { pm.expect(quiet, 'Parser').to.throw(); });
// expect: Parser: expected [Function quiet] to throw an error
pm.test('throw on a non-function', function () { pm.expect(1).to.throw(); });
// expect: expected 1 to be a function
pm.test('respondTo', function () { pm.expect({}).to.respondTo('go'); });
// expect: expected {} to respond to 'go'
pm.test('not respondTo', function () { pm.expect({ go: function () {} }).to.not.respondTo('go'); });
// expect: expected { go: [Function go] } to not respond to 'go'
pm.test('respondTo on a constructor', function () { function Car() {} Car.prototype.drive = function () {}; pm.expect(Car).to.respondTo('drive'); pm.expect(Car).to.respondTo('park'); });
// expect: expected [Function Car] to respond to 'park'
pm.test('itself respondTo', function () { function Car() {} Car.prototype.drive = function () {}; pm.expect(Car).itself.to.respondTo('drive'); });
// expect: expected [Function Car] to respond to 'drive'
pm.test('frozen', function () { pm.expect({ a: 1 }).to.be.frozen; });
// expect: expected { a: 1 } to be frozen
pm.test('not frozen', function () { pm.expect(Object.freeze([1])).to.not.be.frozen; });
// expect: expected [ 1 ] to not be frozen
pm.test('sealed', function () { pm.expect([]).to.be.sealed; });
// expect: expected [] to be sealed
pm.test('not sealed', function () { pm.expect(Object.seal({})).to.not.be.sealed; });
// expect: expected {} to not be sealed
pm.test('extensible', function () { pm.expect(Object.preventExtensions({})).to.be.extensible; });
// expect: expected {} to be extensible
pm.test('not extensible', function () { pm.expect({}).to.not.be.extensible; });
// expect: expected {} to not be extensible
pm.test('primitives are frozen', function () { pm.expect(1).to.be.frozen; pm.expect('a').to.be.sealed; });
// expect: pass
pm.test('exist undefined', function () { pm.expect(undefined).to.exist; });
// expect: expected undefined to exist
pm.test('not exist', function () { pm.expect(0).to.not.exist; });
// expect: expected +0 to not exist
pm.test('empty array', function () { pm.expect([1]).to.be.empty; });
// expect: expected [ 1 ] to be empty
pm.test('empty object', function () { pm.expect({ a: 1 }).to.be.empty; });
// expect: expected { a: 1 } to be empty
pm.test('empty map', function () { pm.expect(new Map([[1, 2]])).to.be.empty; });
// expect: expected Map{} to be empty
pm.test('empty set', function () { pm.expect(new Set([1])).to.be.empty; });
// expect: expected Set{ 1 } to be empty
pm.test('not empty object', function () { pm.expect({}).to.not.be.empty; });
// expect: expected {} not to be empty
pm.test('empty number', function () { pm.expect(1).to.be.empty; });
// expect: .empty was passed non-string primitive 1
pm.test('empty null', function () { pm.expect(null).to.be.empty; });
// expect: .empty was passed non-string primitive null
pm.test('empty function', function () { pm.expect(function f() {}).to.be.empty; });
// expect: .empty was passed a function f
pm.test('ok', function () { pm.expect('').to.be.ok; });
// expect: expected '' to be truthy
pm.test('not ok', function () { pm.expect('x').to.not.be.ok; });
// expect: expected 'x' to be falsy
pm.test('true', function () { pm.expect(1).to.be.true; });
// expect: expected 1 to be true
pm.test('not true', function () { pm.expect(true).to.not.be.true; });
// expect: expected true to be false
pm.test('false', function () { pm.expect(0).to.be.false; });
// expect: expected +0 to be false
pm.test('not false', function () { pm.expect(false).to.not.be.false; });
// expect: expected false to be true
pm.test('null', function () { pm.expect(undefined).to.be.null; });
// expect: expected undefined to be null
pm.test('not null', function () { pm.expect(null).to.not.be.null; });
// expect: expected null not to be null
pm.test('undefined', function () { pm.expect(null).to.be.undefined; });
// expect: expected null to be undefined
pm.test('not undefined', function () { pm.expect(undefined).to.not.be.undefined; });
// expect: expected undefined not to be undefined
pm.test('NaN', function () { pm.expect(1).to.be.NaN; });
// expect: expected 1 to be NaN
pm.test('NaN of a string', function () { pm.expect('x').to.be.NaN; });
// expect: expected 'x' to be NaN
pm.test('not NaN', function () { pm.expect(NaN).to.not.be.NaN; });
// expect: expected NaN not to be NaN
pm.test('ok with message', function () { pm.expect(null, 'Token').to.be.ok; });
// expect: Token: expected null to be truthy
