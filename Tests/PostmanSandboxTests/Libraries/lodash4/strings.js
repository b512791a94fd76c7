const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// lodash 4 string functions: case conversion over tricky words, padding, trimming, truncation and escaping.
const inputs = ['Foo Bar', '--foo-bar--', '__FOO_BAR__', 'fooBar', 'XMLHttpRequest', 'foo2bar', 'Ünïcödé façade', "don't stop", 'A1B2', 'enable 6th', '', null, 42, 'hello   world', 'userID', 'camelCase_and-kebab case'];
['camelCase', 'kebabCase', 'snakeCase', 'startCase', 'lowerCase', 'upperCase'].forEach(function (name) {
  console.log(name, JSON.stringify(inputs.map(function (s) { return L[name](s); })));
});
p(L.words('fred, barney, & pebbles'), L.words('fred, barney, & pebbles', /[^, ]+/g), L.words('camelCaseHTML5Parser'), L.words('1st 2ND'), L.words(null));
p(L.capitalize('FRED'), L.capitalize('fRED bOB'), L.capitalize(''), L.capitalize(null), L.upperFirst('fred'), L.upperFirst('FRED'), L.lowerFirst('Fred'), L.lowerFirst('FRED'), L.toLower('--Foo-Bar--'), L.toUpper('fooBar'));
p(L.deburr('déjà vu'), L.deburr('Ærøskøbing Œuvre ß'), L.deburr('e\u0301'), L.deburr(null));
p(L.pad('abc', 8), L.pad('abc', 8, '_-'), L.pad('abc', 3), L.pad('abc', 2), L.pad('abc', 7, ''), L.pad(null, 3), L.pad('a', 4.9));
p(L.padStart('abc', 6), L.padStart('abc', 6, '_-'), L.padStart('abc', 3), L.padStart(5, 3, 0), L.padEnd('abc', 6), L.padEnd('abc', 6, '_-'), L.padEnd('abc', 2));
p(L.repeat('*', 3), L.repeat('abc', 2), L.repeat('abc', 0), L.repeat('abc'), L.repeat(null, 3), L.repeat('x', -1), L.repeat('x', 2.9));
p(L.replace('Hi Fred', 'Fred', 'Barney'), L.replace('aaa', /a/g, 'b'), L.replace('abc'), L.split('a-b-c', '-', 2), L.split('a-b-c', '-'), L.split('abc', ''), L.split(null, ','), L.split('a,b', ',', 0));
p(L.startsWith('abc', 'a'), L.startsWith('abc', 'b'), L.startsWith('abc', 'b', 1), L.startsWith('abc', ''), L.endsWith('abc', 'c'), L.endsWith('abc', 'b'), L.endsWith('abc', 'b', 2), L.endsWith(null, ''));
p(L.trim('  abc  '), L.trim('-_-abc-_-', '_-'), L.trim(null), L.trim(' \n\tx\u00a0 '), L.trimStart('  abc  '), L.trimStart('-_-abc-_-', '_-'), L.trimEnd('  abc  '), L.trimEnd('-_-abc-_-', '_-'));
p(L.map(['  a ', ' b'], L.trim), L.map(['aXa', 'bXb'], L.camelCase));
const long = 'hi-diddly-ho there, neighborino';
p(L.truncate(long), L.truncate(long, { length: 24, separator: ' ' }), L.truncate(long, { length: 24, separator: /,? +/ }), L.truncate(long, { omission: ' [...]' }), L.truncate('short'), L.truncate(long, { length: 2 }), L.truncate(long, { length: 10, omission: '' }));
p(L.escape('fred, barney, & <pebbles> "q" \'s\' `t`'), L.unescape('fred, barney, &amp; &lt;pebbles&gt; &quot;q&quot; &#39;s&#39; &#96;'), L.escape(null), L.escapeRegExp('[lodash](https://lodash.com/)'), L.escapeRegExp('a.b*c'));
p(L.parseInt('08'), L.parseInt('10', 2), L.parseInt(' 0x1f'), L.map(['6', '08', '10'], L.parseInt), L.parseInt('abc'));
// expect: camelCase ["fooBar","fooBar","fooBar","fooBar","xmlHttpRequest","foo2Bar","unicodeFacade","dontStop","a1B2","enable6th","","","42","helloWorld","userId","camelCaseAndKebabCase"]
// expect: kebabCase ["foo-bar","foo-bar","foo-bar","foo-bar","xml-http-request","foo-2-bar","unicode-facade","dont-stop","a-1-b-2","enable-6th","","","42","hello-world","user-id","camel-case-and-kebab-case"]
// expect: snakeCase ["foo_bar","foo_bar","foo_bar","foo_bar","xml_http_request","foo_2_bar","unicode_facade","dont_stop","a_1_b_2","enable_6th","","","42","hello_world","user_id","camel_case_and_kebab_case"]
// expect: startCase ["Foo Bar","Foo Bar","FOO BAR","Foo Bar","XML Http Request","Foo 2 Bar","Unicode Facade","Dont Stop","A 1 B 2","Enable 6th","","","42","Hello World","User ID","Camel Case And Kebab Case"]
// expect: lowerCase ["foo bar","foo bar","foo bar","foo bar","xml http request","foo 2 bar","unicode facade","dont stop","a 1 b 2","enable 6th","","","42","hello world","user id","camel case and kebab case"]
// expect: upperCase ["FOO BAR","FOO BAR","FOO BAR","FOO BAR","XML HTTP REQUEST","FOO 2 BAR","UNICODE FACADE","DONT STOP","A 1 B 2","ENABLE 6TH","","","42","HELLO WORLD","USER ID","CAMEL CASE AND KEBAB CASE"]
// expect: ["fred","barney","pebbles"] ["fred","barney","&","pebbles"] ["camel","Case","HTML","5","Parser"] ["1st","2ND"] []
// expect: "Fred" "Fred bob" "" "" "Fred" "FRED" "fred" "fRED" "--foo-bar--" "FOOBAR"
// expect: "deja vu" "Aeroskobing Oeuvre ss" "e" ""
// expect: "  abc   " "_-abc_-_" "abc" "abc" "abc" "   " " a  "
// expect: "   abc" "_-_abc" "abc" "005" "abc   " "abc_-_" "abc"
// expect: "***" "abcabc" "" "abc" "" "" "xx"
// expect: "Hi Barney" "bbb" "abc" ["a","b"] ["a","b","c"] ["a","b","c"] [""] []
// expect: true false true true true false true true
// expect: "abc" "abc" "" "x" "abc  " "abc-_-" "  abc" "-_-abc"
// expect: ["a","b"] ["aXa","bXb"]
// expect: "hi-diddly-ho there, neighbo..." "hi-diddly-ho there,..." "hi-diddly-ho there..." "hi-diddly-ho there, neig [...]" "short" "..." "hi-diddly-"
// expect: "fred, barney, &amp; &lt;pebbles&gt; &quot;q&quot; &#39;s&#39; `t`" "fred, barney, & <pebbles> \"q\" 's' &#96;" "" "\\[lodash\\]\\(https://lodash\\.com/\\)" "a\\.b\\*c"
// expect: 8 2 31 [6,8,10] NaN
