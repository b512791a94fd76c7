// chai 4.4.1's property (values, nested, own, deep) and keys (any, all, contain, have).
// Each pm.test is checked against the `// expect:` line after it (the real chai 4.4.1 output).
pm.test('property missing', function () { pm.expect({ x: 1 }).to.have.property('y'); });
// expect: expected { x: 1 } to have property 'y'
pm.test('property value differs', function () { pm.expect({ x: 'a' }).to.have.property('x', 'b'); });
// expect: expected { x: 'a' } to have property 'x' of 'b', but got 'a'
pm.test('property object value by identity', function () { pm.expect({ x: { a: 1 } }).to.have.property('x', { a: 1 }); });
// expect: expected { x: { a: 1 } } to have property 'x' of { a: 1 }, but got { a: 1 }
pm.test('deep property', function () { pm.expect({ x: { a: 1 } }).to.have.deep.property('x', { a: 2 }); });
// expect: expected { x: { a: 1 } } to have deep property 'x' of { a: 2 }, but got { a: 1 }
pm.test('deep property passes', function () { pm.expect({ x: { a: 1 } }).to.have.deep.property('x', { a: 1 }); });
// expect: pass
pm.test('not property', function () { pm.expect({ x: 1 }).to.not.have.property('x'); });
// expect: expected { x: 1 } to not have property 'x'
pm.test('not property with value', function () { pm.expect({ x: 1 }).to.not.have.property('x', 1); });
// expect: expected { x: 1 } to not have property 'x' of 1
pm.test('not property other value passes', function () { pm.expect({ x: 1 }).to.not.have.property('x', 2); });
// expect: pass
pm.test('own property inherited', function () { pm.expect(Object.create({ x: 1 })).to.have.own.property('x'); });
// expect: expected {} to have own property 'x'
pm.test('ownProperty', function () { pm.expect({ a: 1 }).to.have.ownProperty('b'); });
// expect: expected { a: 1 } to have own property 'b'
pm.test('haveOwnProperty with value', function () { pm.expect({ a: 1 }).to.haveOwnProperty('a', 2); });
// expect: expected { a: 1 } to have own property 'a' of 2, but got 1
pm.test('own property with value', function () { pm.expect({ a: 1 }).to.have.own.property('a', 3); });
// expect: expected { a: 1 } to have own property 'a' of 3, but got 1
pm.test('inherited property passes', function () { pm.expect({}).to.have.property('toString'); });
// expect: pass
pm.test('property on a string', function () { pm.expect('abc').to.have.property('length', 4); });
// expect: expected 'abc' to have property 'length' of 4, but got 3
pm.test('property on null', function () { pm.expect(null).to.have.property('a'); });
// expect: Target cannot be null or undefined.
pm.test('nested property missing', function () { pm.expect({ a: [{ b: 1 }] }).to.have.nested.property('a[1].b'); });
// expect: expected { a: [ { b: 1 } ] } to have nested property 'a[1].b'
pm.test('nested property value', function () { pm.expect({ a: [{ b: 1 }] }).to.have.nested.property('a[0].b', 2); });
// expect: expected { a: [ { b: 1 } ] } to have nested property 'a[0].b' of 2, but got 1
pm.test('deep nested property', function () { pm.expect({ a: { b: { c: 1 } } }).to.have.deep.nested.property('a.b', { c: 2 }); });
// expect: expected { a: { b: { c: 1 } } } to have deep nested property 'a.b' of { c: 2 }, but got { c: 1 }
pm.test('not nested property', function () { pm.expect({ a: { b: 1 } }).to.not.have.nested.property('a.b'); });
// expect: expected { a: { b: 1 } } to not have nested property 'a.b'
pm.test('property changes the target', function () { pm.expect({ a: [1, 2] }).to.have.property('a').with.lengthOf(3); });
// expect: expected [ 1, 2 ] to have a length of 3 but got 2
pm.test('property with message', function () { pm.expect({}, 'Body').to.have.property('id'); });
// expect: Body: expected {} to have property 'id'
pm.test('keys all', function () { pm.expect({ a: 1, b: 2 }).to.have.all.keys('a'); });
// expect: expected { a: 1, b: 2 } to have key 'a'
pm.test('keys single', function () { pm.expect({ a: 1 }).to.have.key('b'); });
// expect: expected { a: 1 } to have key 'b'
pm.test('keys as array', function () { pm.expect({ a: 1, b: 2 }).to.have.keys(['a', 'b', 'c']); });
// expect: expected { a: 1, b: 2 } to have keys 'a', 'b', and 'c'
pm.test('keys as object', function () { pm.expect({ a: 1 }).to.have.keys({ a: 0, z: 0 }); });
// expect: expected { a: 1 } to have keys 'a', and 'z'
pm.test('keys any passes', function () { pm.expect({ a: 1, b: 2 }).to.have.any.keys('a', 'z'); });
// expect: pass
pm.test('contain keys', function () { pm.expect({ a: 1, b: 2 }).to.contain.keys('c'); });
// expect: expected { a: 1, b: 2 } to contain key 'c'
pm.test('contain keys passes', function () { pm.expect({ a: 1, b: 2 }).to.contain.all.keys('a'); });
// expect: pass
pm.test('include any keys', function () { pm.expect({ a: 1 }).to.include.any.keys('x', 'y', 'z'); });
// expect: expected { a: 1 } to contain keys 'x', 'y', or 'z'
pm.test('not keys', function () { pm.expect({ a: 1, b: 2 }).to.not.have.keys('a', 'b'); });
// expect: expected { a: 1, b: 2 } to not have keys 'a', and 'b'
pm.test('not any keys', function () { pm.expect({ a: 1, b: 2 }).to.not.have.any.keys('b', 'c'); });
// expect: expected { a: 1, b: 2 } to not have keys 'b', or 'c'
pm.test('map keys', function () { pm.expect(new Map([['a', 1]])).to.have.keys('b'); });
// expect: expected Map{} to have key 'b'
pm.test('set keys', function () { pm.expect(new Set(['a', 'b'])).to.have.all.keys('a', 'b'); });
// expect: pass
pm.test('array keys', function () { pm.expect(['x', 'y']).to.have.keys('0', '1'); });
// expect: pass
pm.test('keys numbers', function () { pm.expect({ 1: 'a' }).to.have.keys(1, 2); });
// expect: expected { '1': 'a' } to have keys '1', and '2'
