// Regular expressions on the backtracking engine: the output matches node line for line.
// expect: [
// expect:   '12-34',
// expect:   '12',
// expect:   '34',
// expect:   index: 2,
// expect:   input: 'a 12-34 b',
// expect:   groups: undefined
// expect: ] false (\d+)-(\d+)  /a\/b/gi
// expect: [ 'key=value', 'other=thing' ] null 0
// expect: 29/11/2026 a-b-c xx$
// expect: Smith, John
// expect: a[b1abc]c
// expect: [ 'a', 'b', 'c', '' ] [ 'a', 'b', 'c' ] [ 'one', '1', 'two', '2', '' ] [ '' ] [ 'a', 'b', 'c' ]
// expect: 4 -1 true true false
// expect: true abc true true
// expect: [ 'b', undefined, 'b', index: 0, input: 'b', groups: undefined ] 0 3 42 17
// expect: ll a def 1.2.3 true
// expect: 1 2 2 3
// expect: [ '1@1', '22@3', '333@6' ]
// expect: aaa aa ababab [ 'abcd', 'a', 'bcd', '', index: 0, input: 'abcd', groups: undefined ]
// expect: SyntaxError: Invalid regular expression: /(/: Unterminated group
// expect: SyntaxError: Invalid flags supplied to RegExp constructor 'gg'
// expect: /a+/g x i [object RegExp]
// expect: aB!c [ '555', '1234' ]
// expect: undefined x[]z {"l":"a","r":"b"}
// expect: 28 true
var re = /(\d+)-(\d+)/;
console.log(re.exec('a 12-34 b'), re.test('x'), re.source, re.flags, String(/a\/b/gi));
var m = 'key=value; other=thing'.match(/(\w+)=(\w+)/g);
console.log(m, 'abc'.match(/z/), 'aaa'.match(/a*?/)[0].length);
console.log('2026-11-29'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1'), 'a.b.c'.replace(/\./g, '-'), 'x'.replace(/x/, '$&$&$$'));
console.log('John Smith'.replace(/(?<first>\w+)\s(?<last>\w+)/, '$<last>, $<first>'));
console.log('abc'.replace(/b/, function (m, offset, s) { return '[' + m + offset + s + ']'; }));
console.log('a1b2c3'.split(/\d/), 'a, b,c'.split(/\s*,\s*/), 'one1two2'.split(/(\d)/), ''.split(/x/), 'abc'.split(/(?:)/));
console.log('Hello World'.search(/o/), 'abc'.search(/z/), /^abc$/m.test('x\nabc\ny'), /a.c/s.test('a\nc'), /a.c/.test('a\nc'));
console.log(/HELLO/i.test('hello'), /[A-Z]+/i.exec('abc')[0], /\bfoo\b/.test('a foo b'), /\Bfoo/.test('afoo'));
console.log(/(a)|(b)/.exec('b'), /(?=abc)a/.exec('abc').index, /(?!abc)a/.exec('abcab').index, /(?<=\$)\d+/.exec('cost $42')[0], /(?<!\$)\b\d+/.exec('$42 17')[0]);
console.log(/(\w)\1/.exec('hello')[0], /\k<x>(?<x>a)/.exec('a')[0], /[^a-c]+/.exec('abcdef')[0], /[\d.]+/.exec('v1.2.3')[0], /\u0041\x42/.test('AB'));
var g = /o/g; console.log(g.exec('foo boo').index, g.lastIndex, g.exec('foo boo').index, g.lastIndex);
var all = [...'a1b22c333'.matchAll(/\d+/g)].map(function (m) { return m[0] + '@' + m.index; }); console.log(all);
console.log(/a{2,3}/.exec('caaaat')[0], /a{2,}?/.exec('aaaa')[0], /(ab)+/.exec('ababab')[0], /(a|ab)(c|bcd)(d*)/.exec('abcd'));
try { new RegExp('('); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new RegExp('a', 'gg'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(new RegExp('a+', 'g').toString(), RegExp('x').source, new RegExp(/ab/g, 'i').flags, Object.prototype.toString.call(/x/));
console.log('aBc'.replace(/b/gi, function (m) { return m.toUpperCase() + '!'; }), 'tel: 555-1234'.match(/(\d{3})-(\d{4})/).slice(1));
console.log(/(z)?x/.exec('x')[1], 'xyz'.replace(/(q)?y/, '[$1]'), JSON.stringify('a-b'.match(/(?<l>\w)-(?<r>\w)/).groups));
console.log('try again in 28s'.match(/try again in (\d+)s/)[1], /^[\w.+-]+@[\w-]+\.[\w.]+$/.test('a.b@c.io'));
