// require('url').URL and URLSearchParams: the WHATWG parts scripts use (components, setters, search params).
const { URL, URLSearchParams } = require('url');
const fields = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const show = (...args) => { try { const u = new URL(...args); console.log(JSON.stringify(fields.map((f) => u[f]))); } catch (e) { console.log(e.name, e.code, e.message, e.input); } };
show('https://user:pa ss@Example.COM:443/a/./b/../c d?x=1 2&y=é#frag ment'); show('http://a.com'); show('HTTP://A.com:8080'); show('http://a.com:80/');
show('https://api.example.com/v1/users?page=2&limit=10'); show('http://[::1]:3000/x'); show('http://127.1/'); show('http://0x7f.0.0.1/'); show('file:///etc/passwd');
show('mailto:someone@x.com'); show('urn:isbn:0451450523'); show('git+ssh://git@github.com/x/y.git'); show('http:\\\\a.com\\b\\c'); show('http:a.com/x');
show('  http://a.com/x\n  '); show('https://a.com/%7Efoo/%zz'); show('http://a.com/a/b/..'); show('http://a.com/?'); show('http://a.com/#');
show('not a url'); show(''); show('http://'); show('http://a.com:99999/'); show('http://a b.com/'); show('/relative');
show('/path?q#h', 'https://a.com/base/x'); show('sub/p', 'https://a.com/base/x'); show('../up', 'https://a.com/base/x/y'); show('?only', 'https://a.com/p?old#h');
show('#frag', 'https://a.com/p?old'); show('//other.com/z', 'https://a.com/p'); show('', 'https://a.com/p?q#h'); show('x', 'not a url'); show('https://b.com/', 'https://a.com/');
show('x', new URL('http://base.com/dir/file'));
const u = new URL('https://example.com/path?a=1&b=2&a=3#top');
console.log(u.searchParams.get('a'), JSON.stringify(u.searchParams.getAll('a')), u.searchParams.get('zz'), u.searchParams.has('b'), u.searchParams.has('c'), u.searchParams.size);
u.searchParams.append('c', 'x y&z'); console.log(u.href, u.search);
u.searchParams.set('a', 'one'); console.log(u.href);
u.searchParams.delete('b'); console.log(u.href, u.searchParams.toString());
u.search = '?q=new'; console.log(u.searchParams.get('q'), u.searchParams.get('a'), u.href);
u.hash = 'sec 2'; u.pathname = '/new path/x'; u.port = '8443'; console.log(u.href, u.host);
u.hostname = 'Other.ORG'; u.username = 'me'; u.password = 'p@ss'; console.log(u.href, u.origin);
u.protocol = 'http'; u.port = '80'; console.log(u.href, u.port === '');
u.host = 'h.io:81'; console.log(u.href);
u.href = 'https://fresh.com/?k=v'; console.log(u.searchParams.get('k'), u.hostname, String(u), JSON.stringify({ u }), u.toJSON());
u.search = ''; u.hash = ''; console.log(u.href, u.searchParams.size);
const p = new URLSearchParams('?a=1&b=%20x+y&a=2&c&=e');
console.log(p.toString(), p.get('b'), JSON.stringify([...p]), JSON.stringify([...p.keys()]), JSON.stringify([...p.values()]));
p.sort(); console.log(p.toString());
const seen = []; p.forEach((v, k) => seen.push(k + ':' + v)); console.log(seen.join(','));
console.log(new URLSearchParams({ x: 1, y: 'a b', z: null }).toString(), new URLSearchParams([['k', 'v'], ['k', 'w']]).toString(), new URLSearchParams(new URLSearchParams('m=n')).toString());
console.log(new URLSearchParams('q=é€😀&s=*-._~!\'()').toString(), new URLSearchParams('bad=%zz').get('bad'), new URLSearchParams('').toString(), new URLSearchParams().size);
console.log(p.has('a', '1'), p.has('a', '9')); p.delete('a', '1'); console.log(p.toString());
try { new URLSearchParams([['only']]); } catch (e) { console.log(e.name, e.code, e.message); }
try { new URL(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(URL.canParse('http://x'), URL.canParse('nope'), Object.prototype.toString.call(u));
// expect: ["https://user:pa%20ss@example.com/a/c%20d?x=1%202&y=%C3%A9#frag%20ment","https://example.com","https:","user","pa%20ss","example.com","example.com","","/a/c%20d","?x=1%202&y=%C3%A9","#frag%20ment"]
// expect: ["http://a.com/","http://a.com","http:","","","a.com","a.com","","/","",""]
// expect: ["http://a.com:8080/","http://a.com:8080","http:","","","a.com:8080","a.com","8080","/","",""]
// expect: ["http://a.com/","http://a.com","http:","","","a.com","a.com","","/","",""]
// expect: ["https://api.example.com/v1/users?page=2&limit=10","https://api.example.com","https:","","","api.example.com","api.example.com","","/v1/users","?page=2&limit=10",""]
// expect: ["http://[::1]:3000/x","http://[::1]:3000","http:","","","[::1]:3000","[::1]","3000","/x","",""]
// expect: ["http://127.0.0.1/","http://127.0.0.1","http:","","","127.0.0.1","127.0.0.1","","/","",""]
// expect: ["http://127.0.0.1/","http://127.0.0.1","http:","","","127.0.0.1","127.0.0.1","","/","",""]
// expect: ["file:///etc/passwd","null","file:","","","","","","/etc/passwd","",""]
// expect: ["mailto:someone@x.com","null","mailto:","","","","","","someone@x.com","",""]
// expect: ["urn:isbn:0451450523","null","urn:","","","","","","isbn:0451450523","",""]
// expect: ["git+ssh://git@github.com/x/y.git","null","git+ssh:","git","","github.com","github.com","","/x/y.git","",""]
// expect: ["http://a.com/b/c","http://a.com","http:","","","a.com","a.com","","/b/c","",""]
// expect: ["http://a.com/x","http://a.com","http:","","","a.com","a.com","","/x","",""]
// expect: ["http://a.com/x","http://a.com","http:","","","a.com","a.com","","/x","",""]
// expect: ["https://a.com/%7Efoo/%zz","https://a.com","https:","","","a.com","a.com","","/%7Efoo/%zz","",""]
// expect: ["http://a.com/a/","http://a.com","http:","","","a.com","a.com","","/a/","",""]
// expect: ["http://a.com/?","http://a.com","http:","","","a.com","a.com","","/","",""]
// expect: ["http://a.com/#","http://a.com","http:","","","a.com","a.com","","/","",""]
// expect: TypeError ERR_INVALID_URL Invalid URL not a url
// expect: TypeError ERR_INVALID_URL Invalid URL 
// expect: TypeError ERR_INVALID_URL Invalid URL http://
// expect: TypeError ERR_INVALID_URL Invalid URL http://a.com:99999/
// expect: TypeError ERR_INVALID_URL Invalid URL http://a b.com/
// expect: TypeError ERR_INVALID_URL Invalid URL /relative
// expect: ["https://a.com/path?q#h","https://a.com","https:","","","a.com","a.com","","/path","?q","#h"]
// expect: ["https://a.com/base/sub/p","https://a.com","https:","","","a.com","a.com","","/base/sub/p","",""]
// expect: ["https://a.com/base/up","https://a.com","https:","","","a.com","a.com","","/base/up","",""]
// expect: ["https://a.com/p?only","https://a.com","https:","","","a.com","a.com","","/p","?only",""]
// expect: ["https://a.com/p?old#frag","https://a.com","https:","","","a.com","a.com","","/p","?old","#frag"]
// expect: ["https://other.com/z","https://other.com","https:","","","other.com","other.com","","/z","",""]
// expect: ["https://a.com/p?q","https://a.com","https:","","","a.com","a.com","","/p","?q",""]
// expect: TypeError ERR_INVALID_URL Invalid URL x
// expect: ["https://b.com/","https://b.com","https:","","","b.com","b.com","","/","",""]
// expect: ["http://base.com/dir/x","http://base.com","http:","","","base.com","base.com","","/dir/x","",""]
// expect: 1 ["1","3"] null true false 3
// expect: https://example.com/path?a=1&b=2&a=3&c=x+y%26z#top ?a=1&b=2&a=3&c=x+y%26z
// expect: https://example.com/path?a=one&b=2&c=x+y%26z#top
// expect: https://example.com/path?a=one&c=x+y%26z#top a=one&c=x+y%26z
// expect: new null https://example.com/path?q=new#top
// expect: https://example.com:8443/new%20path/x?q=new#sec%202 example.com:8443
// expect: https://me:p%40ss@other.org:8443/new%20path/x?q=new#sec%202 https://other.org:8443
// expect: http://me:p%40ss@other.org/new%20path/x?q=new#sec%202 true
// expect: http://me:p%40ss@h.io:81/new%20path/x?q=new#sec%202
// expect: v fresh.com https://fresh.com/?k=v {"u":"https://fresh.com/?k=v"} https://fresh.com/?k=v
// expect: https://fresh.com/ 0
// expect: a=1&b=+x+y&a=2&c=&=e  x y [["a","1"],["b"," x y"],["a","2"],["c",""],["","e"]] ["a","b","a","c",""] ["1"," x y","2","","e"]
// expect: =e&a=1&a=2&b=+x+y&c=
// expect: :e,a:1,a:2,b: x y,c:
// expect: x=1&y=a+b&z=null k=v&k=w m=n
// expect: q=%C3%A9%E2%82%AC%F0%9F%98%80&s=*-._%7E%21%27%28%29 %zz  0
// expect: true false
// expect: =e&a=2&b=+x+y&c=
// expect: TypeError ERR_INVALID_TUPLE Each query pair must be an iterable [name, value] tuple
// expect: TypeError ERR_MISSING_ARGS The "url" argument must be specified
// expect: true false [object URL]
