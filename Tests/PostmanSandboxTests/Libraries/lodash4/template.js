const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// lodash 4 _.template: interpolate, escape, evaluate with print, ES ${} delimiters, the variable option and custom delimiters.
for (const lo of [L]) {
  console.log(lo.template('hello <%= user %>!')({ user: 'fred' }));
  console.log(lo.template('<b><%- value %></b>')({ value: '<script>' }));
  console.log(lo.template('<% _.forEach(users, function(user) { %><li><%- user %></li><% }); %>')({ users: ['fred', 'barney'] }));
  console.log(lo.template('<% print("hello " + user); %>!')({ user: 'barney' }));
  console.log(lo.template('hello ${ user }!')({ user: 'pebbles' }));
  console.log(lo.template('<%= "\\<%- value %\\>" %>')({ value: 'ignored' }));
  console.log(lo.template('hi <%= data.user %>!', { variable: 'data' })({ user: 'mustache' }));
  console.log(lo.template('hello {{ user }}!', { interpolate: /{{([\s\S]+?)}}/g })({ user: 'mustache' }));
  console.log(lo.template('<% if (a > 1) { %>big<% } else { %>small<% } %> \'q\'\n\\')({ a: 2 }));
  try { lo.template('<%= missing %>')({}); } catch (e) { console.log(e.name, e.message); }
  console.log(lo.template('plain')(), lo.template('<%= a.b[0] %>')({ a: { b: [7] } }));
}
// expect: hello fred!
// expect: <b>&lt;script&gt;</b>
// expect: <li>fred</li><li>barney</li>
// expect: hello barney!
// expect: hello pebbles!
// expect: <%- value %>
// expect: hi mustache!
// expect: hello mustache!
// expect: big 'q'
// expect: \
// expect: ReferenceError missing is not defined
// expect: plain 7
