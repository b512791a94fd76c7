// How chai 4.4.1 renders values in its messages: truncation, functions, errors, symbols, nesting and cycles.
// Each pm.test is checked against the `// expect:` line after it (the real chai 4.4.1 output).
pm.test('long string', function () { pm.expect('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ').to.equal(1); });
// expect: expected 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJK…' to equal 1
pm.test('string of 38', function () { pm.expect('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL').to.equal(1); });
// expect: expected 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL' to equal 1
pm.test('string of 39', function () { pm.expect('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLM').to.equal(1); });
// expect: expected 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJK…' to equal 1
pm.test('long expected string', function () { pm.expect('a').to.equal('The quick brown fox jumps over the lazy dog'); });
// expect: expected 'a' to equal 'The quick brown fox jumps over the la…'
pm.test('long include argument', function () { pm.expect('a').to.include('The quick brown fox jumps over the lazy dog'); });
// expect: expected 'a' to include 'The quick brown fox jumps over the la…'
pm.test('string escapes', function () { pm.expect('tab\there\\ \u0001').to.equal(1); });
// expect: expected 'tab\there\ \u0001' to equal 1
pm.test('unicode string', function () { pm.expect('héllo ✓').to.equal(1); });
// expect: expected 'héllo ✓' to equal 1
pm.test('long array', function () { pm.expect(['alpha', 'beta', 'gamma', 'delta', 'epsilon']).to.equal(1); });
// expect: expected [ 'alpha', 'beta', 'gamma', …(2) ] to equal 1
pm.test('array of 12 numbers', function () { pm.expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).to.equal(1); });
// expect: expected [ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …(2) ] to equal 1
pm.test('long array expected', function () { pm.expect([1]).to.eql([100000, 200000, 300000, 400000, 500000, 600000]); });
// expect: expected [ 1 ] to deeply equal [ Array(6) ]
pm.test('nested arrays', function () { pm.expect([[1, [2, [3, [4]]]]]).to.equal(1); });
// expect: expected [ [ 1, [ 2, [ 3, [ 4 ] ] ] ] ] to equal 1
pm.test('nested objects', function () { pm.expect({ a: { b: { c: { d: 1 } } } }).to.equal(1); });
// expect: expected { a: { b: { c: { d: 1 } } } } to equal 1
pm.test('object with many keys', function () { pm.expect({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5 }).to.equal(1); });
// expect: expected { alpha: 1, beta: 2, gamma: 3, …(2) } to equal 1
pm.test('object with two long keys', function () { pm.expect({ firstName: 'Ada Lovelace', lastName: 'Byron' }).to.equal(1); });
// expect: expected { firstName: 'Ada Lovelace', …(1) } to equal 1
pm.test('object inside an array', function () { pm.expect([{ a: 1, b: 2 }, { c: 3 }]).to.equal(1); });
// expect: expected [ { a: 1, b: 2 }, { c: 3 } ] to equal 1
pm.test('object with an array', function () { pm.expect({ list: [1, 2, 3], n: null, u: undefined }).to.equal(1); });
// expect: expected { list: [ 1, 2, 3 ], n: null, …(1) } to equal 1
pm.test('named function', function () { pm.expect(function handler() {}).to.equal(1); });
// expect: expected [Function handler] to equal 1
pm.test('anonymous function', function () { pm.expect(function () {}).to.equal(1); });
// expect: expected [Function] to equal 1
pm.test('arrow function in variable', function () { var arrow = () => 1; pm.expect(arrow).to.equal(1); });
// expect: expected [Function arrow] to equal 1
pm.test('function with long name', function () { pm.expect(function aVeryLongFunctionNameThatGoesOnAndOnForever() {}).to.equal(1); });
// expect: expected [Function: aVeryLongFunctionNameThatGoesOnAndOnForever] to equal 1
pm.test('object with a method', function () { pm.expect({ run: function () {}, stop: function halt() {} }).to.equal(1); });
// expect: expected { run: [Function run], …(1) } to equal 1
pm.test('error', function () { pm.expect(new Error('went wrong')).to.equal(1); });
// expect: expected Error: went wrong to equal 1
pm.test('range error', function () { pm.expect(new RangeError('out')).to.equal(1); });
// expect: expected RangeError: out to equal 1
pm.test('error without message', function () { pm.expect(new Error()).to.equal(1); });
// expect: expected Error to equal 1
pm.test('symbol', function () { pm.expect(Symbol('tag')).to.equal(1); });
// expect: expected Symbol(tag) to equal 1
pm.test('symbol without description', function () { pm.expect(Symbol()).to.equal(1); });
// expect: expected Symbol() to equal 1
pm.test('date', function () { pm.expect(new Date(Date.UTC(2024, 1, 29, 12, 30))).to.equal(1); });
// expect: expected 2024-02-29T12:30:00.000Z to equal 1
pm.test('invalid date', function () { pm.expect(new Date('nope')).to.equal(1); });
// expect: expected Invalid Date to equal 1
pm.test('regexp', function () { pm.expect(/a+b/gi).to.equal(1); });
// expect: expected /a+b/gi to equal 1
pm.test('circular object', function () { var o = { a: 1 }; o.self = o; pm.expect(o).to.equal(1); });
// expect: expected { a: 1, self: [Circular] } to equal 1
pm.test('map', function () { pm.expect(new Map([['a', 1], ['b', { c: 2 }]])).to.equal(1); });
// expect: expected Map{ 'a' => 1, 'b' => { c: 2 } } to equal 1
pm.test('set', function () { pm.expect(new Set([1, 'two', [3]])).to.equal(1); });
// expect: expected Set{ 1, 'two', [ 3 ] } to equal 1
pm.test('empty map and set', function () { pm.expect([new Map(), new Set()]).to.equal(1); });
// expect: expected [ Map{}, Set{} ] to equal 1
pm.test('class instance', function () { class Point { constructor() { this.x = 1; this.y = 2; } } pm.expect(new Point()).to.equal(1); });
// expect: expected Point{ x: 1, y: 2 } to equal 1
pm.test('null prototype object', function () { var o = Object.create(null); o.k = 'v'; pm.expect(o).to.equal(1); });
// expect: expected { k: 'v' } to equal 1
pm.test('numbers', function () { pm.expect([-0, 0, NaN, Infinity, -Infinity, 1.5e300]).to.equal(1); });
// expect: expected [ -0, +0, NaN, Infinity, …(2) ] to equal 1
pm.test('booleans null undefined', function () { pm.expect([true, false, null, undefined]).to.equal(1); });
// expect: expected [ true, false, null, undefined ] to equal 1
pm.test('quoted keys', function () { pm.expect({ '1a': 1, 'x-y': 2, "it's": 3 }).to.equal(1); });
// expect: expected { '1a': 1, 'x-y': 2, 'it\'s': 3 } to equal 1
pm.test('sparse array', function () { pm.expect([1, , 3]).to.equal(1); });
// expect: expected [ 1, undefined, 3 ] to equal 1
pm.test('array with a property', function () { var a = [1, 2]; a.extra = true; pm.expect(a).to.equal(1); });
// expect: expected [ 1, 2, extra: true ] to equal 1
pm.test('boxed primitives', function () { pm.expect([new Number(1), new String('s'), new Boolean(false)]).to.equal(1); });
// expect: expected [ 1, 's', false ] to equal 1
pm.test('arguments', function () { (function () { pm.expect(arguments).to.equal(1); })(1, 'a'); });
// expect: expected Arguments[ 1, 'a' ] to equal 1
