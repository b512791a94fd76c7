// expect: 5 5 5 { y: 'z', x: 'z' }
let a, b, c; a = b = c = 5; const o = {}; o.x = o.y = "z"; console.log(a, b, c, o);
