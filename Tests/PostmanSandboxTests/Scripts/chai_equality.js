// chai 4.4.1's equal, eql and deep equal: Maps, Sets, Dates, NaN, -0, and their `not` forms.
// Each pm.test is checked against the `// expect:` line after it (the real chai 4.4.1 output).
pm.test('equal strings', function () { pm.expect('a').to.equal('b'); });
// expect: expected 'a' to equal 'b'
pm.test('equal number and string', function () { pm.expect(1).to.equal('1'); });
// expect: expected 1 to equal '1'
pm.test('equals alias', function () { pm.expect(true).equals(false); });
// expect: expected true to equal false
pm.test('eq alias', function () { pm.expect(null).to.eq(undefined); });
// expect: expected null to equal undefined
pm.test('not equal', function () { pm.expect(3).to.not.equal(3); });
// expect: expected 3 to not equal 3
pm.test('not equal same object', function () { var o = { a: 1 }; pm.expect(o).not.to.equal(o); });
// expect: expected { a: 1 } to not equal { a: 1 }
pm.test('equal NaN fails', function () { pm.expect(NaN).to.equal(NaN); });
// expect: expected NaN to equal NaN
pm.test('equal -0 and +0 passes', function () { pm.expect(-0).to.equal(0); });
// expect: pass
pm.test('eql -0 and +0', function () { pm.expect(-0).to.eql(0); });
// expect: expected -0 to deeply equal +0
pm.test('eql NaN passes', function () { pm.expect(NaN).to.eql(NaN); });
// expect: pass
pm.test('deep equal arrays', function () { pm.expect([1, [2, 3]]).to.deep.equal([1, [2, 4]]); });
// expect: expected [ 1, [ 2, 3 ] ] to deeply equal [ 1, [ 2, 4 ] ]
pm.test('eqls alias', function () { pm.expect({ a: 1 }).eqls({ a: 1, b: undefined }); });
// expect: expected { a: 1 } to deeply equal { a: 1, b: undefined }
pm.test('not deep equal', function () { pm.expect({ a: [1] }).to.not.deep.equal({ a: [1] }); });
// expect: expected { a: [ 1 ] } to not deeply equal { a: [ 1 ] }
pm.test('not eql', function () { pm.expect([1, 2]).not.to.eql([1, 2]); });
// expect: expected [ 1, 2 ] to not deeply equal [ 1, 2 ]
pm.test('eql key order', function () { pm.expect({ a: 1, b: 2 }).to.eql({ b: 2, a: 1 }); });
// expect: pass
pm.test('eql dates', function () { pm.expect(new Date(0)).to.eql(new Date(1000)); });
// expect: expected 1970-01-01T00:00:00.000Z to deeply equal 1970-01-01T00:00:01.000Z
pm.test('eql same dates', function () { pm.expect(new Date(5)).to.eql(new Date(5)); });
// expect: pass
pm.test('equal date', function () { pm.expect(new Date(0)).to.equal(new Date(0)); });
// expect: expected 1970-01-01T00:00:00.000Z to equal 1970-01-01T00:00:00.000Z
pm.test('eql maps', function () { pm.expect(new Map([['a', 1]])).to.eql(new Map([['a', 2]])); });
// expect: expected Map{} to deeply equal Map{}
pm.test('eql maps pass', function () { pm.expect(new Map([['a', 1], ['b', 2]])).to.eql(new Map([['b', 2], ['a', 1]])); });
// expect: pass
pm.test('eql sets', function () { pm.expect(new Set([1, 2])).to.eql(new Set([1, 3])); });
// expect: expected Set{ 1, 2 } to deeply equal Set{ 1, 3 }
pm.test('eql sets pass', function () { pm.expect(new Set([3, 1])).to.deep.equal(new Set([1, 3])); });
// expect: pass
pm.test('eql empty map and set', function () { pm.expect(new Map()).to.eql(new Set()); });
// expect: expected Map{} to deeply equal Set{}
pm.test('eql regexps', function () { pm.expect(/a/g).to.eql(/a/i); });
// expect: expected /a/g to deeply equal /a/i
pm.test('eql errors', function () { pm.expect(new Error('x')).to.eql(new Error('x')); });
// expect: pass
pm.test('eql array and object', function () { pm.expect([]).to.eql({}); });
// expect: expected [] to deeply equal {}
pm.test('eql nested', function () { pm.expect({ a: { b: { c: 1 } } }).to.eql({ a: { b: { c: '1' } } }); });
// expect: expected { a: { b: { c: 1 } } } to deeply equal { a: { b: { c: '1' } } }
pm.test('eql null and undefined', function () { pm.expect(null).to.eql(undefined); });
// expect: expected null to deeply equal undefined
pm.test('equal with message argument', function () { pm.expect(1).to.equal(2, 'numbers differ'); });
// expect: numbers differ: expected 1 to equal 2
pm.test('eql with message argument', function () { pm.expect([1]).to.eql([2], 'lists differ'); });
// expect: lists differ: expected [ 1 ] to deeply equal [ 2 ]
pm.test('expect message and not', function () { pm.expect('x', 'Name').to.not.equal('x'); });
// expect: Name: expected 'x' to not equal 'x'
pm.test('expect message and chained message', function () { pm.expect(1, 'outer').to.equal(2, 'inner'); });
// expect: inner: expected 1 to equal 2
