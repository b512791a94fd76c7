// lodash 3 strings: capitalize keeps the rest, old word splitting, padLeft/padRight, trunc, and backtick escaping.
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
const inputs = ['Foo Bar', '--foo-bar--', '__FOO_BAR__', 'fooBar', 'XMLHttpRequest', 'foo2bar', "don't stop", 'déjà vu', '', null];
['camelCase', 'kebabCase', 'snakeCase', 'startCase'].forEach(function (name) {
  console.log(name, JSON.stringify(inputs.map(function (s) { return _[name](s); })));
});
p(_.capitalize('fred'), _.capitalize('FRED'), _.capitalize('fRED bOB'), _.capitalize(''), _.words('fred, barney, & pebbles'), _.words('camelCaseHTML5'), _.words('a-b', /[^-]+/g));
p(_.padLeft('abc', 6), _.padLeft('abc', 6, '_-'), _.padLeft('abc', 3), _.padRight('abc', 6), _.padRight('abc', 6, '_-'), _.pad('abc', 8), _.pad('abc', 8, '_-'), _.pad('abc', 2));
p(_.trunc('hi-diddly-ho there, neighborino'), _.trunc('hi-diddly-ho there, neighborino', 24), _.trunc('hi-diddly-ho there, neighborino', { length: 24, separator: ' ' }), _.trunc('hi-diddly-ho there, neighborino', { omission: ' [...]' }), _.trunc('short'));
p(_.escape('a & b < c > "d" \'e\' `f`'), _.unescape('&amp; &lt; &#96; &#39;'), _.escapeRegExp('[lodash](https://lodash.com/)'), _.escapeRegExp('a.b'));
p(_.repeat('*', 3), _.repeat('abc'), _.repeat('abc', 0), _.trim('  x  '), _.trimLeft('-_-x-_-', '_-'), _.trimRight('  x  '), _.startsWith('abc', 'b', 1), _.endsWith('abc', 'b', 2));
p(_.deburr('déjà vu'), _.camelCase('Ünïcödé'), _.parseInt('08'), _.map(['6', '08', '10'], _.parseInt));
const compiled = _.template('hello <%= user %>! <%- tag %> <% if (n > 1) { %>many<% } %>');
p(compiled({ user: 'fred', tag: '<b>', n: 2 }), _.template('<% _.each(list, function(x) { %>[<%= x %>]<% }); %>')({ list: [1, 2] }), _.template('${ a }')({ a: 'es' }));
// expect: camelCase ["fooBar","fooBar","fooBar","fooBar","xmlHttpRequest","foo2Bar","donTStop","dejaVu","",""]
// expect: kebabCase ["foo-bar","foo-bar","foo-bar","foo-bar","xml-http-request","foo-2-bar","don-t-stop","deja-vu","",""]
// expect: snakeCase ["foo_bar","foo_bar","foo_bar","foo_bar","xml_http_request","foo_2_bar","don_t_stop","deja_vu","",""]
// expect: startCase ["Foo Bar","Foo Bar","FOO BAR","Foo Bar","XML Http Request","Foo 2 Bar","Don T Stop","Deja Vu","",""]
// expect: "Fred" "FRED" "FRED bOB" "" ["fred","barney","pebbles"] ["camel","Case","HTML","5"] ["a","b"]
// expect: "   abc" "_-_abc" "abc" "abc   " "abc_-_" "  abc   " "_-abc_-_" "abc"
// expect: "hi-diddly-ho there, neighbo..." "hi-diddly-ho there, n..." "hi-diddly-ho there,..." "hi-diddly-ho there, neig [...]" "short"
// expect: "a &amp; b &lt; c &gt; &quot;d&quot; &#39;e&#39; &#96;f&#96;" "& < ` '" "\\[lodash\\]\\(https:\\/\\/lodash\\.com\\/\\)" "\\x61\\.b"
// expect: "***" "" "" "x" "x-_-" "  x" true true
// expect: "deja vu" "unicode" 8 [6,8,10]
// expect: "hello fred! &lt;b&gt; many" "[1][2]" "es"
