// chai 4.4.1's members (ordered, include, deep) and lengthOf/length chains.
// Each pm.test is checked against the `// expect:` line after it (the real chai 4.4.1 output).
pm.test('members differ in length', function () { pm.expect([1, 2, 3]).to.have.members([1, 2]); });
// expect: expected [ 1, 2, 3 ] to have the same members as [ 1, 2 ]
pm.test('members pass in any order', function () { pm.expect([3, 1, 2]).to.have.members([1, 2, 3]); });
// expect: pass
pm.test('members objects by identity', function () { pm.expect([{ a: 1 }]).to.have.members([{ a: 1 }]); });
// expect: expected [ { a: 1 } ] to have the same members as [ { a: 1 } ]
pm.test('deep members', function () { pm.expect([{ a: 1 }]).to.have.deep.members([{ a: 2 }]); });
// expect: expected [ { a: 1 } ] to have the same members as [ { a: 2 } ]
pm.test('deep members pass', function () { pm.expect([{ a: 1 }, { b: 2 }]).to.have.deep.members([{ b: 2 }, { a: 1 }]); });
// expect: pass
pm.test('ordered members', function () { pm.expect([1, 2, 3]).to.have.ordered.members([3, 2, 1]); });
// expect: expected [ 1, 2, 3 ] to have the same ordered members as [ 3, 2, 1 ]
pm.test('include ordered members', function () { pm.expect([1, 2, 3]).to.include.ordered.members([2, 3]); });
// expect: expected [ 1, 2, 3 ] to be an ordered superset of [ 2, 3 ]
pm.test('include ordered members pass', function () { pm.expect([1, 2, 3]).to.include.ordered.members([1, 2]); });
// expect: pass
pm.test('include deep ordered members', function () { pm.expect([{ a: 1 }, { b: 2 }]).to.include.deep.ordered.members([{ b: 2 }]); });
// expect: expected [ { a: 1 }, { b: 2 } ] to be an ordered superset of [ { b: 2 } ]
pm.test('not members', function () { pm.expect([1, 2]).to.not.have.members([2, 1]); });
// expect: expected [ 1, 2 ] to not have the same members as [ 2, 1 ]
pm.test('not include members', function () { pm.expect([1, 2, 3]).to.not.include.members([3]); });
// expect: expected [ 1, 2, 3 ] to not be a superset of [ 3 ]
pm.test('members duplicates', function () { pm.expect([1, 1, 2]).to.have.members([1, 2, 2]); });
// expect: expected [ 1, 1, 2 ] to have the same members as [ 1, 2, 2 ]
pm.test('contain members', function () { pm.expect(['a', 'b']).to.contain.members(['c']); });
// expect: expected [ 'a', 'b' ] to be a superset of [ 'c' ]
pm.test('lengthOf passes', function () { pm.expect('abc').to.have.lengthOf(3); });
// expect: pass
pm.test('lengthOf string', function () { pm.expect('abc').to.have.lengthOf(2); });
// expect: expected 'abc' to have a length of 2 but got 3
pm.test('length as a call', function () { pm.expect([1]).to.have.length(0); });
// expect: expected [ 1 ] to have a length of +0 but got 1
pm.test('not lengthOf', function () { pm.expect([1, 2]).to.not.have.lengthOf(2); });
// expect: expected [ 1, 2 ] to not have a length of 2
pm.test('lengthOf map', function () { pm.expect(new Map([['a', 1]])).to.have.lengthOf(2); });
// expect: expected Map{} to have a size of 2 but got 1
pm.test('lengthOf set', function () { pm.expect(new Set([1, 2])).to.have.lengthOf(1); });
// expect: expected Set{ 1, 2 } to have a size of 1 but got 2
pm.test('length below', function () { pm.expect('abcd').to.have.length.below(3); });
// expect: expected 'abcd' to have a length below 3 but got 4
pm.test('length at least', function () { pm.expect([1]).to.have.length.at.least(2); });
// expect: expected [ 1 ] to have a length at least 2 but got 1
pm.test('length at most', function () { pm.expect([1, 2, 3]).to.have.lengthOf.at.most(2); });
// expect: expected [ 1, 2, 3 ] to have a length at most 2 but got 3
pm.test('length within', function () { pm.expect([1, 2, 3]).to.have.length.within(5, 7); });
// expect: expected [ 1, 2, 3 ] to have a length within 5..7
pm.test('length not above', function () { pm.expect([1, 2, 3]).to.not.have.length.above(2); });
// expect: expected [ 1, 2, 3 ] to not have a length above 2
pm.test('length not within', function () { pm.expect('ab').to.not.have.lengthOf.within(1, 3); });
// expect: expected 'ab' to not have a length within 1..3
pm.test('set size above', function () { pm.expect(new Set([1])).to.have.length.above(1); });
// expect: expected Set{ 1 } to have a size above 1 but got 1
pm.test('lengthOf with message', function () { pm.expect([], 'Results').to.have.lengthOf(1); });
// expect: Results: expected [] to have a length of 1 but got +0
pm.test('length gt alias', function () { pm.expect([1, 2]).to.have.length.gt(4); });
// expect: expected [ 1, 2 ] to have a length above 4 but got 2
