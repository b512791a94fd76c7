// chai 4.4.1's type assertions, number comparisons, oneOf, match, string and satisfy.
// Each pm.test is checked against the `// expect:` line after it (the real chai 4.4.1 output).
pm.test('a string', function () { pm.expect(1).to.be.a('string'); });
// expect: expected 1 to be a string
pm.test('a number', function () { pm.expect('1').to.be.a('number'); });
// expect: expected '1' to be a number
pm.test('NaN is a number', function () { pm.expect(NaN).to.be.a('number'); });
// expect: pass
pm.test('a boolean', function () { pm.expect(null).to.be.a('boolean'); });
// expect: expected null to be a boolean
pm.test('an object', function () { pm.expect(null).to.be.an('object'); });
// expect: expected null to be an object
pm.test('an array', function () { pm.expect({}).to.be.an('array'); });
// expect: expected {} to be an array
pm.test('a function', function () { pm.expect(1).to.be.a('function'); });
// expect: expected 1 to be a function
pm.test('a null', function () { pm.expect(undefined).to.be.a('null'); });
// expect: expected undefined to be a null
pm.test('an undefined', function () { pm.expect(null).to.be.an('undefined'); });
// expect: expected null to be an undefined
pm.test('a date', function () { pm.expect('2020-01-01').to.be.a('date'); });
// expect: expected '2020-01-01' to be a date
pm.test('a regexp', function () { pm.expect('/a/').to.be.a('regexp'); });
// expect: expected '/a/' to be a regexp
pm.test('an error', function () { pm.expect('boom').to.be.an('error'); });
// expect: expected 'boom' to be an error
pm.test('a map', function () { pm.expect({}).to.be.a('map'); });
// expect: expected {} to be a map
pm.test('a set', function () { pm.expect([]).to.be.a('set'); });
// expect: expected [] to be a set
pm.test('a symbol', function () { pm.expect('s').to.be.a('symbol'); });
// expect: expected 's' to be a symbol
pm.test('a promise', function () { pm.expect({}).to.be.a('promise'); });
// expect: expected {} to be a promise
pm.test('types that pass', function () {
    pm.expect(new Date()).to.be.a('date'); pm.expect(/a/).to.be.a('RegExp'); pm.expect(new TypeError('x')).to.be.an('error');
    pm.expect(new Map()).to.be.a('map'); pm.expect(new Set()).to.be.a('set'); pm.expect(Symbol('s')).to.be.a('symbol');
    pm.expect(Promise.resolve(1)).to.be.a('promise'); pm.expect(function () {}).to.be.a('function'); pm.expect(undefined).to.be.an('undefined');
});
// expect: pass
pm.test('not a string', function () { pm.expect('x').to.not.be.a('string'); });
// expect: expected 'x' not to be a string
pm.test('not an array', function () { pm.expect([]).to.not.be.an('array'); });
// expect: expected [] not to be an array
pm.test('an as a chain word', function () { pm.expect({ a: 1 }).to.have.an.property('b'); });
// expect: expected { a: 1 } to have property 'b'
pm.test('a with message argument', function () { pm.expect(1).to.be.a('string', 'type check'); });
// expect: type check: expected 1 to be a string
pm.test('above', function () { pm.expect(1).to.be.above(2); });
// expect: expected 1 to be above 2
pm.test('gt', function () { pm.expect(2).to.be.gt(2); });
// expect: expected 2 to be above 2
pm.test('greaterThan not', function () { pm.expect(3).to.not.be.greaterThan(2); });
// expect: expected 3 to be at most 2
pm.test('below', function () { pm.expect(3).to.be.below(2); });
// expect: expected 3 to be below 2
pm.test('lt not', function () { pm.expect(1).not.to.be.lt(2); });
// expect: expected 1 to be at least 2
pm.test('least', function () { pm.expect(1.5).to.be.at.least(2); });
// expect: expected 1.5 to be at least 2
pm.test('gte not', function () { pm.expect(2).to.not.be.gte(2); });
// expect: expected 2 to be below 2
pm.test('most', function () { pm.expect(3).to.be.at.most(2); });
// expect: expected 3 to be at most 2
pm.test('lte not', function () { pm.expect(-1).to.not.be.lte(2); });
// expect: expected -1 to be above 2
pm.test('above with a string bound', function () { pm.expect(1).to.be.above('0'); });
// expect: the argument to above must be a number
pm.test('below on null', function () { pm.expect(null).to.be.below(1); });
// expect: expected null to be a number or a date
pm.test('above dates', function () { pm.expect(new Date(0)).to.be.above(new Date(1000)); });
// expect: expected 1970-01-01T00:00:00.000Z to be above 1970-01-01T00:00:01.000Z
pm.test('within', function () { pm.expect(10).to.be.within(1, 5); });
// expect: expected 10 to be within 1..5
pm.test('not within', function () { pm.expect(3).to.not.be.within(1, 5); });
// expect: expected 3 to not be within 1..5
pm.test('within decimals', function () { pm.expect(0.5).to.be.within(0.75, 1.5); });
// expect: expected 0.5 to be within 0.75..1.5
pm.test('closeTo', function () { pm.expect(1.5).to.be.closeTo(1, 0.25); });
// expect: expected 1.5 to be close to 1 +/- 0.25
pm.test('approximately', function () { pm.expect(10).to.be.approximately(20, 5); });
// expect: expected 10 to be close to 20 +/- 5
pm.test('not closeTo', function () { pm.expect(1).to.not.be.closeTo(1, 0.1); });
// expect: expected 1 not to be close to 1 +/- 0.1
pm.test('closeTo passes', function () { pm.expect(1.05).to.be.closeTo(1, 0.1); });
// expect: pass
pm.test('finite', function () { pm.expect(Infinity).to.be.finite; });
// expect: expected Infinity to be a finite number
pm.test('finite NaN', function () { pm.expect(NaN).to.be.finite; });
// expect: expected NaN to be a finite number
pm.test('finite string', function () { pm.expect('1').to.be.finite; });
// expect: expected '1' to be a finite number
pm.test('not finite', function () { pm.expect(1).to.not.be.finite; });
// expect: expected 1 to not be a finite number
pm.test('oneOf strings', function () { pm.expect('c').to.be.oneOf(['a', 'b']); });
// expect: expected 'c' to be one of [ 'a', 'b' ]
pm.test('not oneOf', function () { pm.expect(1).to.not.be.oneOf([1, 2]); });
// expect: expected 1 to not be one of [ 1, 2 ]
pm.test('oneOf objects by identity', function () { pm.expect({ a: 1 }).to.be.oneOf([{ a: 1 }]); });
// expect: expected { a: 1 } to be one of [ { a: 1 } ]
pm.test('deep oneOf', function () { pm.expect({ a: 1 }).to.deep.be.oneOf([{ a: 2 }, { b: 1 }]); });
// expect: expected { a: 1 } to deeply equal one of [ { a: 2 }, { b: 1 } ]
pm.test('deep oneOf passes', function () { pm.expect({ a: 1 }).to.be.deep.oneOf([{ a: 1 }]); });
// expect: pass
pm.test('match', function () { pm.expect('abc').to.match(/d/i); });
// expect: expected 'abc' to match /d/i
pm.test('not match', function () { pm.expect('abc').to.not.match(/b/); });
// expect: expected 'abc' not to match /b/
pm.test('matches alias', function () { pm.expect('2024').matches(/^\d{2}$/); });
// expect: expected '2024' to match /^\d{2}$/
pm.test('string', function () { pm.expect('foobar').to.have.string('baz'); });
// expect: expected 'foobar' to contain 'baz'
pm.test('not string', function () { pm.expect('foobar').to.not.have.string('bar'); });
// expect: expected 'foobar' to not contain 'bar'
pm.test('satisfy named', function () { pm.expect(1).to.satisfy(function isEven(n) { return n % 2 === 0; }); });
// expect: expected 1 to satisfy [Function isEven]
pm.test('satisfy anonymous', function () { pm.expect(1).to.satisfy(function (n) { return n > 5; }); });
// expect: expected 1 to satisfy [Function]
pm.test('not satisfy', function () { pm.expect(2).to.not.satisfy(function even(n) { return n % 2 === 0; }); });
// expect: expected 2 to not satisfy[Function even]
pm.test('satisfies passes', function () { pm.expect(2).satisfies(function (n) { return n === 2; }); });
// expect: pass
pm.test('instanceOf', function () { pm.expect([]).to.be.an.instanceOf(Date); });
// expect: expected [] to be an instance of Date
pm.test('not instanceof', function () { pm.expect(new Date(0)).to.not.be.an.instanceof(Date); });
// expect: expected 1970-01-01T00:00:00.000Z to not be an instance of Date
