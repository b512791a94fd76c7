// chai 4.4.1's include and contain on strings, arrays, objects, Maps and Sets, with deep, nested and own.
// Each pm.test is checked against the `// expect:` line after it (the real chai 4.4.1 output).
pm.test('string include', function () { pm.expect('foobar').to.include('baz'); });
// expect: expected 'foobar' to include 'baz'
pm.test('string contain', function () { pm.expect('foobar').to.contain('bar'); });
// expect: pass
pm.test('string not include', function () { pm.expect('foobar').to.not.include('oo'); });
// expect: expected 'foobar' to not include 'oo'
pm.test('includes alias', function () { pm.expect([1, 2]).includes(3); });
// expect: expected [ 1, 2 ] to include 3
pm.test('contains alias', function () { pm.expect('abc').contains('d'); });
// expect: expected 'abc' to include 'd'
pm.test('array include object by identity', function () { pm.expect([{ a: 1 }]).to.include({ a: 1 }); });
// expect: expected [ { a: 1 } ] to include { a: 1 }
pm.test('array deep include', function () { pm.expect([{ a: 1 }]).to.deep.include({ a: 2 }); });
// expect: expected [ { a: 1 } ] to deep include { a: 2 }
pm.test('array deep include passes', function () { pm.expect([{ a: 1 }, { b: 2 }]).to.deep.include({ b: 2 }); });
// expect: pass
pm.test('array not include', function () { pm.expect([1, 2, 3]).to.not.include(2); });
// expect: expected [ 1, 2, 3 ] to not include 2
pm.test('array not deep include', function () { pm.expect([[1], [2]]).to.not.deep.include([2]); });
// expect: expected [ [ 1 ], [ 2 ] ] to not deep include [ 2 ]
pm.test('array include NaN', function () { pm.expect([NaN]).to.include(NaN); });
// expect: expected [ NaN ] to include NaN
pm.test('object include several', function () { pm.expect({ a: 1, b: 2, c: 3 }).to.include({ a: 1, c: 4 }); });
// expect: expected { a: 1, b: 2, c: 3 } to have property 'c' of 4, but got 3
pm.test('object not include', function () { pm.expect({ a: 1, b: 2 }).to.not.include({ a: 1 }); });
// expect: expected { a: 1, b: 2 } to not have property 'a' of 1
pm.test('object include passes', function () { pm.expect({ a: 1, b: 2 }).to.include({ b: 2 }); });
// expect: pass
pm.test('object deep include', function () { pm.expect({ a: { x: 1 } }).to.deep.include({ a: { x: 2 } }); });
// expect: expected { a: { x: 1 } } to have deep property 'a' of { x: 2 }, but got { x: 1 }
pm.test('object include nested object by identity', function () { pm.expect({ a: { x: 1 } }).to.include({ a: { x: 1 } }); });
// expect: expected { a: { x: 1 } } to have property 'a' of { x: 1 }, but got { x: 1 }
pm.test('object nested include', function () { pm.expect({ a: { b: 'x' } }).to.nested.include({ 'a.b': 'y' }); });
// expect: expected { a: { b: 'x' } } to have nested property 'a.b' of 'y', but got 'x'
pm.test('object nested include passes', function () { pm.expect({ a: { b: ['x', 'y'] } }).to.nested.include({ 'a.b[1]': 'y' }); });
// expect: pass
pm.test('object deep nested include', function () { pm.expect({ a: { b: [{ x: 1 }] } }).to.deep.nested.include({ 'a.b[0]': { x: 2 } }); });
// expect: expected { a: { b: [ { x: 1 } ] } } to have deep nested property 'a.b[0]' of { x: 2 }, but got { x: 1 }
pm.test('object own include', function () { pm.expect(Object.create({ a: 1 })).to.own.include({ a: 1 }); });
// expect: expected {} to have own property 'a'
pm.test('object include inherited passes', function () { pm.expect(Object.create({ a: 1 })).to.include({ a: 1 }); });
// expect: pass
pm.test('object deep own include', function () { pm.expect({ a: { b: 1 } }).to.deep.own.include({ a: { b: 2 } }); });
// expect: expected { a: { b: 1 } } to have deep own property 'a' of { b: 2 }, but got { b: 1 }
pm.test('map include', function () { pm.expect(new Map([['a', 1]])).to.include(2); });
// expect: expected Map{} to include 2
pm.test('map include value passes', function () { pm.expect(new Map([['a', 1]])).to.include(1); });
// expect: pass
pm.test('map deep include', function () { pm.expect(new Map([['a', { x: 1 }]])).to.deep.include({ x: 2 }); });
// expect: expected Map{} to deep include { x: 2 }
pm.test('set include', function () { pm.expect(new Set([1, 2])).to.include(3); });
// expect: expected Set{ 1, 2 } to include 3
pm.test('set not include', function () { pm.expect(new Set(['a'])).to.not.include('a'); });
// expect: expected Set{ 'a' } to not include 'a'
pm.test('set deep include', function () { pm.expect(new Set([{ a: 1 }])).to.deep.include({ a: 1 }); });
// expect: pass
pm.test('include on a number', function () { pm.expect(5).to.include(5); });
// expect: the given combination of arguments (number and number) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a number
pm.test('include with message', function () { pm.expect([1], 'Items').to.include(2); });
// expect: Items: expected [ 1 ] to include 2
pm.test('include message argument', function () { pm.expect('abc').to.include('z', 'letters'); });
// expect: letters: expected 'abc' to include 'z'
