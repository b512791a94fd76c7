// Corners of chai 4.4.1: deep-eql rules, usage errors, chains that change the target, and message prefixes.
// Each pm.test is checked against the `// expect:` line after it (the real chai 4.4.1 output).
pm.test('eql ignores prototypes', function () { function F() { this.a = 1; } pm.expect(new F()).to.eql({ a: 1 }); });
// expect: pass
pm.test('eql counts undefined keys', function () { pm.expect({ a: 1, b: undefined }).to.eql({ a: 1, c: undefined }); });
// expect: expected { a: 1, b: undefined } to deeply equal { a: 1, c: undefined }
pm.test('eql -0 inside arrays', function () { pm.expect([0]).to.eql([-0]); });
// expect: expected [ +0 ] to deeply equal [ -0 ]
pm.test('eql boxed and primitive', function () { pm.expect(new String('a')).to.eql('a'); });
// expect: expected 'a' to deeply equal 'a'
pm.test('eql nested maps', function () { pm.expect(new Map([['k', { a: 1 }], ['j', 2]])).to.eql(new Map([['k', { a: 2 }], ['j', 2]])); });
// expect: expected Map{ 'k' => { a: 1 }, 'j' => 2 } to deeply equal Map{ 'k' => { a: 2 }, 'j' => 2 }
pm.test('eql circular passes', function () { var a = { x: 1 }; a.self = a; var b = { x: 1 }; b.self = b; pm.expect(a).to.eql(b); });
// expect: pass
pm.test('eql errors by message', function () { pm.expect(new TypeError('a')).to.eql(new TypeError('b')); });
// expect: expected TypeError: a to deeply equal TypeError: b
pm.test('eql functions by identity', function () { pm.expect({ f: function () {} }).to.eql({ f: function () {} }); });
// expect: expected { f: [Function f] } to deeply equal { f: [Function f] }
pm.test('deep keys on a set', function () { pm.expect(new Set([{ a: 1 }])).to.have.deep.keys([{ a: 1 }]); });
// expect: pass
pm.test('deep keys on a map fail', function () { pm.expect(new Map([[{ a: 1 }, 'x']])).to.have.deep.keys([{ a: 2 }]); });
// expect: expected Map{} to deeply have key { a: 2 }
pm.test('keys without arguments', function () { pm.expect({ a: 1 }).to.have.keys(); });
// expect: keys required
pm.test('contain oneOf', function () { pm.expect('Hello world').to.contain.oneOf(['bye', 'moon']); });
// expect: expected 'Hello world' to contain one of [ 'bye', 'moon' ]
pm.test('oneOf needs a list', function () { pm.expect(1).to.be.oneOf(1); });
// expect: expected 1 to be an array
pm.test('members needs arrays', function () { pm.expect('ab').to.have.members(['a']); });
// expect: expected 'ab' to be an array
pm.test('include members many times', function () { pm.expect([1, 2]).to.include.members([1, 1]); });
// expect: pass
pm.test('not include object several keys', function () { pm.expect({ a: 1, b: 2 }).to.not.include({ a: 1, b: 2 }); });
// expect: expected { a: 1, b: 2 } to not have property 'a' of 1
pm.test('not include object one key matches', function () { pm.expect({ a: 1, b: 2 }).to.not.include({ a: 1, b: 3 }); });
// expect: pass
pm.test('within dates', function () { pm.expect(new Date(0)).to.be.within(new Date(1000), new Date(2000)); });
// expect: expected 1970-01-01T00:00:00.000Z to be within 1970-01-01T00:00:01.000Z..1970-01-01T00:00:02.000Z
pm.test('above a date with a number', function () { pm.expect(new Date(0)).to.be.above(5); });
// expect: the argument to above must be a date
pm.test('within needs numbers', function () { pm.expect(3).to.be.within('1', 5); });
// expect: the arguments to within must be numbers
pm.test('least with message needs a number', function () { pm.expect(3, 'Count').to.be.at.least(null); });
// expect: Count: the argument to least must be a number
pm.test('above an object', function () { pm.expect({ a: 1 }).to.be.above(1); });
// expect: expected [object Object] to be a number or a date
pm.test('above an array', function () { pm.expect([1, 2]).to.be.above(1); });
// expect: expected 1,2 to be a number or a date
pm.test('length of a number', function () { pm.expect(5).to.have.lengthOf(1); });
// expect: expected 5 to have property 'length'
pm.test('length above on an object', function () { pm.expect({}).to.have.length.above(1); });
// expect: expected {} to have property 'length'
pm.test('closeTo needs a delta', function () { pm.expect(1).to.be.closeTo(1); });
// expect: the arguments to closeTo or approximately must be numbers, and a delta is required
pm.test('closeTo on a string', function () { pm.expect('1').to.be.closeTo(1, 1); });
// expect: expected '1' to be a number
pm.test('instanceOf a non-constructor', function () { pm.expect({}).to.be.instanceOf(1); });
// expect: The instanceof assertion needs a constructor but number was given.
pm.test('string on a number', function () { pm.expect(5).to.have.string('5'); });
// expect: expected 5 to be a string
pm.test('nested and own together', function () { pm.expect({ a: { b: 1 } }).to.have.nested.own.property('a.b'); });
// expect: The "nested" and "own" flags cannot be combined.
pm.test('property name must be a key', function () { pm.expect({ a: 1 }).to.have.property({}); });
// expect: the argument to property must be a string, number, or symbol
pm.test('nested property escaped dot', function () { pm.expect({ 'a.b': 1 }).to.have.nested.property('a\\.b', 2); });
// expect: expected { 'a.b': 1 } to have nested property 'a\.b' of 2, but got 1
pm.test('property then not equal', function () { pm.expect({ a: 1 }).to.have.property('a').that.does.not.equal(1); });
// expect: expected 1 to not equal 1
pm.test('not property then value', function () { pm.expect({ a: 1 }).to.not.have.property('b').that.is.undefined; });
// expect: expected undefined not to be undefined
pm.test('throw then message property', function () { pm.expect(function () { throw new Error('bad'); }).to.throw(Error).with.property('message', 'good'); });
// expect: expected Error: bad to have property 'message' of 'good', but got 'bad'
pm.test('include then lengthOf', function () { pm.expect([1, 2, 3]).to.include(2).and.have.lengthOf(4); });
// expect: expected [ 1, 2, 3 ] to have a length of 4 but got 3
pm.test('a then property', function () { pm.expect({ id: 1 }).to.be.an('object').that.has.property('name'); });
// expect: expected { id: 1 } to have property 'name'
pm.test('usage error with message', function () { pm.expect(null, 'User').to.have.property('id'); });
// expect: User: Target cannot be null or undefined.
pm.test('empty with message', function () { pm.expect(7, 'Body').to.be.empty; });
// expect: Body: .empty was passed non-string primitive 7
pm.test('include usage error with message', function () { pm.expect(true, 'Flag').to.include(1); });
// expect: Flag: the given combination of arguments (boolean and number) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a number
pm.test('big numbers', function () { pm.expect(12345678901234567890).to.equal(2); });
// expect: expected 12345678901234567000 to equal 2
pm.test('small numbers', function () { pm.expect(0.000001234).to.equal(1e-7); });
// expect: expected 0.000001234 to equal 1e-7
pm.test('negative numbers', function () { pm.expect(-1.5).to.be.above(-1); });
// expect: expected -1.5 to be above -1
pm.test('satisfy long function name', function () { pm.expect(1).to.satisfy(function aVeryLongPredicateNameThatNeverEndsAtAll() { return false; }); });
// expect: expected 1 to satisfy [Function: aVeryLongPredicateNameThatNeverEndsAtAll]
pm.test('respondTo message argument', function () { pm.expect({}).to.respondTo('x', 'API'); });
// expect: API: expected {} to respond to 'x'
pm.test('members message argument', function () { pm.expect([1]).to.have.members([2], 'Set'); });
// expect: Set: expected [ 1 ] to have the same members as [ 2 ]
pm.test('property message argument', function () { pm.expect({}).to.have.property('a', 1, 'Shape'); });
// expect: Shape: expected {} to have property 'a'
pm.test('keys with message', function () { pm.expect({ a: 1 }, 'Keys').to.have.all.keys('b'); });
// expect: Keys: expected { a: 1 } to have key 'b'
