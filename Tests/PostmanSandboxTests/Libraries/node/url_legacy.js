// url.parse, url.format and url.resolve: Node's legacy URL API, field by field.
const url = require('url');
const show = (text, ...args) => { try { console.log(JSON.stringify(Object.assign({}, url.parse(text, ...args)))); } catch (e) { console.log(e.name, e.code, e.message); } };
show('https://user:p%40ss@Example.COM:8080/a/b/../c?x=1&y=2#frag');
show('https://user:p%40ss@Example.COM:8080/a/b/../c?x=1&y=2&x=3#frag', true);
show('/path/only?q=1', true); show('/path/only', true); show('/path/only?a=b'); show('example.com/foo'); show('//example.com/foo'); show('//example.com/foo', false, true);
show('mailto:someone@x.com'); show('http://a.com'); show('  http://a.com/ b\\c?d e#f g  '); show('http://[::1]:3000/x'); show('HTTP://a.com?x');
show('file:///etc/passwd'); show('javascript:alert(1)'); show('http://a_b.com/'); show('?q=1#h'); show('#h', true); show(''); show('http://a.com:/x');
show('https://api.example.com/v1/users?page=2&limit=10', true); show('http://a.com/p?q=1?2#h#i'); show('http://u@h.com'); show('http://h.com:8080');
show(5); show(null);
console.log(url.parse('http://a.com/x') instanceof url.Url, typeof url.parse('http://a.com').format);
const f = (o) => { try { console.log(url.format(o)); } catch (e) { console.log(e.name, e.code, e.message); } };
f({ auth: 'a b:c@d', host: 'x', protocol: 'http' });
f({ protocol: 'https', hostname: 'a.com', port: 8080, pathname: 'p#q?r', query: { a: [1, 2], b: 'x y' }, hash: 'h' });
f({ protocol: 'http:', host: 'a.com', search: 'x=1#', pathname: '/p' }); f({ protocol: 'file', pathname: '/etc' }); f({ protocol: 'mailto', pathname: 'a@b' });
f({ hostname: '::1', port: 1 }); f({}); f({ pathname: '/a', search: '?b' }); f({ protocol: 'http', host: 'h.com', query: 'ignored' }); f({ protocol: 'http', slashes: true, hostname: 'h' });
f('http://A.com/x?y#z'); f(5); f(url.parse('https://h.com/a?b=c'));
for (const [a, b] of [['http://a.com/b/c/d;p?q', 'g'], ['http://a.com/b/c/d;p?q', '../g'], ['http://a.com/b/c/d;p?q', '/g'], ['http://a.com/b/c/d;p?q', '//g'],
  ['http://a.com/b/c/d;p?q', '?y'], ['http://a.com/b/c/d;p?q', '#s'], ['http://a.com/b/c/d;p?q', ''], ['http://a.com/b/c/d;p?q', '../../../../g'],
  ['http://a.com/b/c/d;p?q', 'g/./h/../i'], ['http://a.com', 'x'], ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a.com/b', 'https://c.com/d'], ['http://a.com/b', 'mailto:x@y'], ['http://a.com/b/', './'], ['http://a.com/b/c', '.'], ['http://a.com/b/c', '..'],
  ['a/b', '../../c'], ['http://a.com/b?x=1', 'c?y=2#z'], ['http://a.com/b#x', ''], ['https://api.io/v1/', 'users/1'], ['https://api.io/v1', 'users/1']]) {
  console.log(a, '+', b, '=', url.resolve(a, b));
}
// expect: {"protocol":"https:","slashes":true,"auth":"user:p@ss","host":"example.com:8080","port":"8080","hostname":"example.com","hash":"#frag","search":"?x=1&y=2","query":"x=1&y=2","pathname":"/a/b/../c","path":"/a/b/../c?x=1&y=2","href":"https://user:p%40ss@example.com:8080/a/b/../c?x=1&y=2#frag"}
// expect: {"protocol":"https:","slashes":true,"auth":"user:p@ss","host":"example.com:8080","port":"8080","hostname":"example.com","hash":"#frag","search":"?x=1&y=2&x=3","query":{"x":["1","3"],"y":"2"},"pathname":"/a/b/../c","path":"/a/b/../c?x=1&y=2&x=3","href":"https://user:p%40ss@example.com:8080/a/b/../c?x=1&y=2&x=3#frag"}
// expect: {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?q=1","query":{"q":"1"},"pathname":"/path/only","path":"/path/only?q=1","href":"/path/only?q=1"}
// expect: {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":{},"pathname":"/path/only","path":"/path/only","href":"/path/only"}
// expect: {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?a=b","query":"a=b","pathname":"/path/only","path":"/path/only?a=b","href":"/path/only?a=b"}
// expect: {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"example.com/foo","path":"example.com/foo","href":"example.com/foo"}
// expect: {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"//example.com/foo","path":"//example.com/foo","href":"//example.com/foo"}
// expect: {"protocol":null,"slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":"/foo","path":"/foo","href":"//example.com/foo"}
// expect: {"protocol":"mailto:","slashes":null,"auth":"someone","host":"x.com","port":null,"hostname":"x.com","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"mailto:someone@x.com"}
// expect: {"protocol":"http:","slashes":true,"auth":null,"host":"a.com","port":null,"hostname":"a.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://a.com/"}
// expect: {"protocol":"http:","slashes":true,"auth":null,"host":"a.com","port":null,"hostname":"a.com","hash":"#f%20g","search":"?d%20e","query":"d%20e","pathname":"/%20b/c","path":"/%20b/c?d%20e","href":"http://a.com/%20b/c?d%20e#f%20g"}
// expect: {"protocol":"http:","slashes":true,"auth":null,"host":"[::1]:3000","port":"3000","hostname":"::1","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"http://[::1]:3000/x"}
// expect: {"protocol":"http:","slashes":true,"auth":null,"host":"a.com","port":null,"hostname":"a.com","hash":null,"search":"?x","query":"x","pathname":"/","path":"/?x","href":"http://a.com/?x"}
// expect: {"protocol":"file:","slashes":true,"auth":null,"host":"","port":null,"hostname":"","hash":null,"search":null,"query":null,"pathname":"/etc/passwd","path":"/etc/passwd","href":"file:///etc/passwd"}
// expect: {"protocol":"javascript:","slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"alert(1)","path":"alert(1)","href":"javascript:alert(1)"}
// expect: {"protocol":"http:","slashes":true,"auth":null,"host":"a_b.com","port":null,"hostname":"a_b.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://a_b.com/"}
// expect: {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":"#h","search":"?q=1","query":"q=1","pathname":null,"path":"?q=1","href":"?q=1#h"}
// expect: {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":"#h","search":null,"query":{},"pathname":null,"path":null,"href":"#h"}
// expect: {"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":""}
// expect: {"protocol":"http:","slashes":true,"auth":null,"host":"a.com","port":null,"hostname":"a.com","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"http://a.com/x"}
// expect: {"protocol":"https:","slashes":true,"auth":null,"host":"api.example.com","port":null,"hostname":"api.example.com","hash":null,"search":"?page=2&limit=10","query":{"page":"2","limit":"10"},"pathname":"/v1/users","path":"/v1/users?page=2&limit=10","href":"https://api.example.com/v1/users?page=2&limit=10"}
// expect: {"protocol":"http:","slashes":true,"auth":null,"host":"a.com","port":null,"hostname":"a.com","hash":"#h#i","search":"?q=1?2","query":"q=1?2","pathname":"/p","path":"/p?q=1?2","href":"http://a.com/p?q=1?2#h#i"}
// expect: {"protocol":"http:","slashes":true,"auth":"u","host":"h.com","port":null,"hostname":"h.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://u@h.com/"}
// expect: {"protocol":"http:","slashes":true,"auth":null,"host":"h.com:8080","port":"8080","hostname":"h.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://h.com:8080/"}
// expect: TypeError ERR_INVALID_ARG_TYPE The "url" argument must be of type string. Received type number (5)
// expect: TypeError ERR_INVALID_ARG_TYPE The "url" argument must be of type string. Received null
// expect: true function
// expect: http://a%20b:c%40d@x
// expect: https://a.com:8080/p%23q%3Fr?a=1&a=2&b=x%20y#h
// expect: http://a.com/p?x=1%23
// expect: file:///etc
// expect: mailto:a@b
// expect: [::1]:1
// expect: 
// expect: /a?b
// expect: http://h.com
// expect: http://h
// expect: http://a.com/x?y#z
// expect: TypeError ERR_INVALID_ARG_TYPE The "urlObject" argument must be one of type object or string. Received type number (5)
// expect: https://h.com/a?b=c
// expect: http://a.com/b/c/d;p?q + g = http://a.com/b/c/g
// expect: http://a.com/b/c/d;p?q + ../g = http://a.com/b/g
// expect: http://a.com/b/c/d;p?q + /g = http://a.com/g
// expect: http://a.com/b/c/d;p?q + //g = http://g/
// expect: http://a.com/b/c/d;p?q + ?y = http://a.com/b/c/d;p?y
// expect: http://a.com/b/c/d;p?q + #s = http://a.com/b/c/d;p?q#s
// expect: http://a.com/b/c/d;p?q +  = http://a.com/b/c/d;p?q
// expect: http://a.com/b/c/d;p?q + ../../../../g = http://a.com/g
// expect: http://a.com/b/c/d;p?q + g/./h/../i = http://a.com/b/c/g/i
// expect: http://a.com + x = http://a.com/x
// expect: /one/two/three + four = /one/two/four
// expect: http://example.com/ + /one = http://example.com/one
// expect: http://example.com/one + /two = http://example.com/two
// expect: http://a.com/b + https://c.com/d = https://c.com/d
// expect: http://a.com/b + mailto:x@y = mailto:x@y
// expect: http://a.com/b/ + ./ = http://a.com/b/
// expect: http://a.com/b/c + . = http://a.com/b/
// expect: http://a.com/b/c + .. = http://a.com/
// expect: a/b + ../../c = ../c
// expect: http://a.com/b?x=1 + c?y=2#z = http://a.com/c?y=2#z
// expect: http://a.com/b#x +  = http://a.com/b
// expect: https://api.io/v1/ + users/1 = https://api.io/v1/users/1
// expect: https://api.io/v1 + users/1 = https://api.io/users/1
