// Each pm.test below is checked against the `// expect:` line after it: `pass` or the failure message.
// The messages are chai 4.4.1's own output for the same assertions.

pm.test('case 1', function () { pm.expect(404).to.equal(200) });
// expect: expected 404 to equal 200
pm.test('case 2', function () { pm.expect('abc').to.equal('abd') });
// expect: expected 'abc' to equal 'abd'
pm.test('case 3', function () { pm.expect({a:1}).to.have.property('b') });
// expect: expected { a: 1 } to have property 'b'
pm.test('case 4', function () { pm.expect({a:1}).to.have.property('a',2) });
// expect: expected { a: 1 } to have property 'a' of 2, but got 1
pm.test('case 5', function () { pm.expect({a:{b:1}}).to.have.nested.property('a.c') });
// expect: expected { a: { b: 1 } } to have nested property 'a.c'
pm.test('case 6', function () { pm.expect({a:{b:[1,2]}}).to.have.nested.property('a.b[1]',3) });
// expect: expected { a: { b: [ 1, 2 ] } } to have nested property 'a.b[1]' of 3, but got 2
pm.test('case 7', function () { pm.expect([1,2]).to.eql([1,2,3]) });
// expect: expected [ 1, 2 ] to deeply equal [ 1, 2, 3 ]
pm.test('case 8', function () { pm.expect({a:1}).to.equal({a:1}) });
// expect: expected { a: 1 } to equal { a: 1 }
pm.test('case 9', function () { pm.expect([1,2,3]).to.include(4) });
// expect: expected [ 1, 2, 3 ] to include 4
pm.test('case 10', function () { pm.expect({a:1,b:2}).to.include({a:2}) });
// expect: expected { a: 1, b: 2 } to have property 'a' of 2, but got 1
pm.test('case 11', function () { pm.expect([1,2]).to.have.lengthOf(3) });
// expect: expected [ 1, 2 ] to have a length of 3 but got 2
pm.test('case 12', function () { pm.expect(5).to.be.a('string') });
// expect: expected 5 to be a string
pm.test('case 13', function () { pm.expect([]).to.be.an('object') });
// expect: expected [] to be an object
pm.test('case 14', function () { pm.expect(3).to.be.oneOf([1,2]) });
// expect: expected 3 to be one of [ 1, 2 ]
pm.test('case 15', function () { pm.expect([1,2]).to.have.members([2,3]) });
// expect: expected [ 1, 2 ] to have the same members as [ 2, 3 ]
pm.test('case 16', function () { pm.expect([1,2,3]).to.include.members([4]) });
// expect: expected [ 1, 2, 3 ] to be a superset of [ 4 ]
pm.test('case 17', function () { pm.expect({a:1,b:2}).to.have.all.keys('a','c') });
// expect: expected { a: 1, b: 2 } to have keys 'a', and 'c'
pm.test('case 18', function () { pm.expect({a:1,b:2}).to.have.any.keys('x','y') });
// expect: expected { a: 1, b: 2 } to have keys 'x', or 'y'
pm.test('case 19', function () { pm.expect(5).to.be.within(1,3) });
// expect: expected 5 to be within 1..3
pm.test('case 20', function () { pm.expect(5).to.be.at.least(10) });
// expect: expected 5 to be at least 10
pm.test('case 21', function () { pm.expect([1,2]).to.have.length.above(5) });
// expect: expected [ 1, 2 ] to have a length above 5 but got 2
pm.test('case 22', function () { pm.expect('5').to.be.above(1) });
// expect: expected '5' to be a number or a date
pm.test('case 23', function () { pm.expect(-5).to.be.above(0) });
// expect: expected -5 to be above +0
pm.test('case 24', function () { pm.expect(0).to.be.ok });
// expect: expected +0 to be truthy
pm.test('case 25', function () { pm.expect(null).to.exist });
// expect: expected null to exist
pm.test('case 26', function () { pm.expect('').to.not.be.empty });
// expect: expected '' not to be empty
pm.test('case 27', function () { pm.expect(0.1+0.2).to.equal(0.3) });
// expect: expected 0.30000000000000004 to equal 0.3
pm.test('case 28', function () { pm.expect(1e21).to.equal(1) });
// expect: expected 1e+21 to equal 1
pm.test('case 29', function () { pm.expect("it's\nok").to.equal('x') });
// expect: expected 'it\'s\nok' to equal 'x'
pm.test('case 30', function () { pm.expect('The quick brown fox jumps over the lazy dog').to.equal('x') });
// expect: expected 'The quick brown fox jumps over the la…' to equal 'x'
pm.test('case 31', function () { pm.expect({id:1,name:'Leanne Graham',username:'Bret',email:'Sincere@april.biz'}).to.have.property('phone') });
// expect: expected { id: 1, name: 'Leanne Graham', …(2) } to have property 'phone'
pm.test('case 32', function () { pm.expect({description:'a very long description that keeps going'}).to.have.property('phone') });
// expect: expected { Object (description) } to have property 'phone'
pm.test('case 33', function () { pm.expect([1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]).to.include(99) });
// expect: expected [ Array(20) ] to include 99
pm.test('case 34', function () { pm.expect([{id:1,name:'a'},{id:2,name:'b'},{id:3,name:'c'}]).to.have.lengthOf(2) });
// expect: expected [ { id: 1, name: 'a' }, …(2) ] to have a length of 2 but got 3
pm.test('case 35', function () { pm.expect({status:'ok',data:{items:[1,2,3],total:3}}).to.have.property('error') });
// expect: expected { status: 'ok', data: { …(2) } } to have property 'error'
pm.test('case 36', function () { pm.expect({'content-type':'x','a b':1}).to.have.property('q') });
// expect: expected { 'content-type': 'x', 'a b': 1 } to have property 'q'
pm.test('case 37', function () { pm.expect(404,'Status check').to.equal(200) });
// expect: Status check: expected 404 to equal 200
pm.test('case 38', function () { pm.expect(pm.response.json().b).to.be.an('array').that.has.lengthOf(2) });
// expect: pass
pm.test('case 39', function () { pm.expect(pm.response.responseTime).to.be.below(200) });
// expect: pass
pm.test('case 40', function () { pm.expect({a:1}).to.have.property('a').that.equals(2) });
// expect: expected 1 to equal 2
pm.test('case 41', function () { pm.expect('a@b').to.include('@') });
// expect: pass
pm.test('case 42', function () { pm.expect(null).to.be.null });
// expect: pass
pm.test('case 43', function () { pm.expect({a: {b: 1}}).to.deep.equal({a: {b: 2}}) });
// expect: expected { a: { b: 1 } } to deeply equal { a: { b: 2 } }
pm.test('case 44', function () { pm.expect(undefined).to.not.exist });
// expect: pass
pm.test('case 45', function () { pm.expect([1,2]).to.be.an('array').and.not.be.empty });
// expect: pass
pm.test('regex', function () { pm.expect('abc').to.match(/^x/); });
// expect: expected 'abc' to match /^x/
pm.test('regex passes', function () { pm.expect('2026-11-29').to.match(/^\d{4}-\d{2}-\d{2}$/); });
// expect: pass
