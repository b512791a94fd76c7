// querystring: parse (separators, repeated keys, maxKeys, bad escapes), stringify, escape and unescape, as Node.
const qs = require('querystring');
const p = (...args) => console.log(JSON.stringify(qs.parse(...args)));
p('a=1&b=2&a=3&a=4'); p('x=%20y+z&empty=&flag&=v&%E2%82%AC=euro'); p(''); p('&&a=1&&'); p('a==b=c'); p('a:1;b:2', ';', ':');
p('a=1&b=2&c=3', null, null, { maxKeys: 2 }); p('a=1&b=2&c=3', '&', '=', { maxKeys: 0 }); p('bad=%zz&pct=%&half=%e2%82&ok=%41');
p('a=1', '&', '=', { decodeURIComponent: (s) => s.toUpperCase() }); p(undefined); p(123); p('a[]=1&a[]=2&o[k]=v'); p('toString=1&__proto__=2&hasOwnProperty=3');
p('a=1&&b', '&&'); p('k=caf%C3%A9&u=%F0%9F%98%80');
console.log(Object.getPrototypeOf(qs.parse('a=1')) === null, qs.decode === qs.parse || typeof qs.decode);
const s = (...args) => console.log(JSON.stringify(qs.stringify(...args)));
s({ a: 1, b: 'two words', c: [1, 2, 'x'], d: true, e: null, f: undefined, g: NaN, h: {}, i: '', 'k y': 'é€&=' });
s({ a: 1, b: 2 }, ';', ':'); s('str'); s(null); s([5, 6]); s({ a: [] }); s({ a: 'x y' }, null, null, { encodeURIComponent: (v) => '<' + v + '>' });
s({ n: -0, inf: Infinity, big: 1e21, f: 1.5 });
console.log(qs.encode({ x: 1 }), qs.escape('a b&c/d?é'), qs.escape(5), qs.escape({ toString() { return 'o b'; } }), qs.escape("!'()*-._~"));
console.log(qs.unescape('a%20b+c'), qs.unescape('%zz%41'), qs.unescape('%E2%82%AC'), JSON.stringify(qs.unescape('%E2%82')));
console.log(JSON.stringify(qs.parse(qs.stringify({ round: 'trip & back', list: ['a', 'b'] }))));
// expect: {"a":["1","3","4"],"b":"2"}
// expect: {"x":" y z","empty":"","flag":"","":"v","€":"euro"}
// expect: {}
// expect: {"a":"1"}
// expect: {"a":"=b=c"}
// expect: {"a":"1","b":"2"}
// expect: {"a":"1","b":"2"}
// expect: {"a":"1","b":"2","c":"3"}
// expect: {"bad":"%zz","pct":"%","half":"�","ok":"A"}
// expect: {"A":"1"}
// expect: {}
// expect: {}
// expect: {"a[]":["1","2"],"o[k]":"v"}
// expect: {"toString":"1","__proto__":"2","hasOwnProperty":"3"}
// expect: {"a":"1","b":""}
// expect: {"k":"café","u":"😀"}
// expect: true true
// expect: "a=1&b=two%20words&c=1&c=2&c=x&d=true&e=&f=&g=&h=&i=&k%20y=%C3%A9%E2%82%AC%26%3D"
// expect: "a:1;b:2"
// expect: ""
// expect: ""
// expect: "0=5&1=6"
// expect: ""
// expect: "<a>=<x y>"
// expect: "n=0&inf=&big=1e%2B21&f=1.5"
// expect: x=1 a%20b%26c%2Fd%3F%C3%A9 5 o%20b !'()*-._~
// expect: a b+c %zzA € "�"
// expect: {"round":"trip & back","list":["a","b"]}
