// path (POSIX): join, resolve from '/', normalize, dirname, basename, extname, relative, parse and format.
const path = require('path');
const show = (name, ...args) => { try { console.log(name, JSON.stringify(args), JSON.stringify(path[name](...args))); } catch (e) { console.log(name, e.name, e.code, e.message); } };
[['a', 'b', 'c'], ['/a/', '/b/', 'c/'], ['a', '', '..', 'b'], [], [''], ['a', '../..', 'x'], ['/'], ['./a', './b/'], ['a', 5]].forEach((a) => show('join', ...a));
[['a', 'b'], ['/x', 'y', '../z'], ['/a', '/b', 'c'], [], ['..'], ['a/b/../../..'], ['/a/b/', './'], ['a', null]].forEach((a) => show('resolve', ...a));
['/a//b/../c/./d/', 'a/../../b', '', '.', './', '//x', '../a/..', 'a/b/..', '/..', 'x//'].forEach((p) => show('normalize', p));
['/a/b/c', '/a/b/c/', 'a', '/', '', 'a/b', '//a', '/a', 'a//b//'].forEach((p) => show('dirname', p));
['/a/b/c.txt', '/a/b/', 'c', '', '/', 'file.tar.gz'].forEach((p) => show('basename', p));
show('basename', '/a/b.txt', '.txt'); show('basename', '/a/b.txt', 'txt'); show('basename', '.txt', '.txt'); show('basename', 'a.txt', 'b'); show('basename', 5);
['index.html', 'index.', 'index', '.index', '.index.md', 'a/b.c/d', 'a.b/', '..', 'x.tar.gz'].forEach((p) => show('extname', p));
[['/a/b/c', '/a/d'], ['/a', '/a/b/c'], ['/a/b', '/a/b'], ['a', 'b'], ['/', '/x'], ['/x/y', '/']].forEach((a) => show('relative', ...a));
['/home/user/file.txt', 'file', '/', '', './a/b.c', '/a/b/', '.bashrc', 'a/b.tar.gz'].forEach((p) => show('parse', p));
[{ dir: '/x', base: 'y.txt' }, { root: '/', name: 'n', ext: 'e' }, { name: 'n', ext: '.e' }, { root: '/', dir: '/', base: 'b' }, {}, null].forEach((o) => show('format', o));
console.log(path.sep, path.delimiter, path.posix === path || typeof path.posix.join, path.isAbsolute('/a'), path.isAbsolute('a'), path.isAbsolute(''));
// expect: join ["a","b","c"] "a/b/c"
// expect: join ["/a/","/b/","c/"] "/a/b/c/"
// expect: join ["a","","..","b"] "b"
// expect: join [] "."
// expect: join [""] "."
// expect: join ["a","../..","x"] "../x"
// expect: join ["/"] "/"
// expect: join ["./a","./b/"] "a/b/"
// expect: join TypeError ERR_INVALID_ARG_TYPE The "path" argument must be of type string. Received type number (5)
// expect: resolve ["a","b"] "/a/b"
// expect: resolve ["/x","y","../z"] "/x/z"
// expect: resolve ["/a","/b","c"] "/b/c"
// expect: resolve [] "/"
// expect: resolve [".."] "/"
// expect: resolve ["a/b/../../.."] "/"
// expect: resolve ["/a/b/","./"] "/a/b"
// expect: resolve TypeError ERR_INVALID_ARG_TYPE The "paths[1]" argument must be of type string. Received null
// expect: normalize ["/a//b/../c/./d/"] "/a/c/d/"
// expect: normalize ["a/../../b"] "../b"
// expect: normalize [""] "."
// expect: normalize ["."] "."
// expect: normalize ["./"] "./"
// expect: normalize ["//x"] "/x"
// expect: normalize ["../a/.."] ".."
// expect: normalize ["a/b/.."] "a"
// expect: normalize ["/.."] "/"
// expect: normalize ["x//"] "x/"
// expect: dirname ["/a/b/c"] "/a/b"
// expect: dirname ["/a/b/c/"] "/a/b"
// expect: dirname ["a"] "."
// expect: dirname ["/"] "/"
// expect: dirname [""] "."
// expect: dirname ["a/b"] "a"
// expect: dirname ["//a"] "//"
// expect: dirname ["/a"] "/"
// expect: dirname ["a//b//"] "a/"
// expect: basename ["/a/b/c.txt"] "c.txt"
// expect: basename ["/a/b/"] "b"
// expect: basename ["c"] "c"
// expect: basename [""] ""
// expect: basename ["/"] ""
// expect: basename ["file.tar.gz"] "file.tar.gz"
// expect: basename ["/a/b.txt",".txt"] "b"
// expect: basename ["/a/b.txt","txt"] "b."
// expect: basename [".txt",".txt"] ""
// expect: basename ["a.txt","b"] "a.txt"
// expect: basename TypeError ERR_INVALID_ARG_TYPE The "path" argument must be of type string. Received type number (5)
// expect: extname ["index.html"] ".html"
// expect: extname ["index."] "."
// expect: extname ["index"] ""
// expect: extname [".index"] ""
// expect: extname [".index.md"] ".md"
// expect: extname ["a/b.c/d"] ""
// expect: extname ["a.b/"] ".b"
// expect: extname [".."] ""
// expect: extname ["x.tar.gz"] ".gz"
// expect: relative ["/a/b/c","/a/d"] "../../d"
// expect: relative ["/a","/a/b/c"] "b/c"
// expect: relative ["/a/b","/a/b"] ""
// expect: relative ["a","b"] "../b"
// expect: relative ["/","/x"] "x"
// expect: relative ["/x/y","/"] "../.."
// expect: parse ["/home/user/file.txt"] {"root":"/","dir":"/home/user","base":"file.txt","ext":".txt","name":"file"}
// expect: parse ["file"] {"root":"","dir":"","base":"file","ext":"","name":"file"}
// expect: parse ["/"] {"root":"/","dir":"/","base":"","ext":"","name":""}
// expect: parse [""] {"root":"","dir":"","base":"","ext":"","name":""}
// expect: parse ["./a/b.c"] {"root":"","dir":"./a","base":"b.c","ext":".c","name":"b"}
// expect: parse ["/a/b/"] {"root":"/","dir":"/a","base":"b","ext":"","name":"b"}
// expect: parse [".bashrc"] {"root":"","dir":"","base":".bashrc","ext":"","name":".bashrc"}
// expect: parse ["a/b.tar.gz"] {"root":"","dir":"a","base":"b.tar.gz","ext":".gz","name":"b.tar"}
// expect: format [{"dir":"/x","base":"y.txt"}] "/x/y.txt"
// expect: format [{"root":"/","name":"n","ext":"e"}] "/n.e"
// expect: format [{"name":"n","ext":".e"}] "n.e"
// expect: format [{"root":"/","dir":"/","base":"b"}] "/b"
// expect: format [{}] ""
// expect: format TypeError ERR_INVALID_ARG_TYPE The "pathObject" argument must be of type object. Received null
// expect: / : true true false false
