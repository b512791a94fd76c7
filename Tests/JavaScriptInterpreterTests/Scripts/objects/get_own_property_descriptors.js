// expect: [ 'a', 'b' ] true function
const o = { a: 1, get b() { return 2; } }; const d = Object.getOwnPropertyDescriptors(o); console.log(Object.keys(d), d.a.writable, typeof d.b.get);
