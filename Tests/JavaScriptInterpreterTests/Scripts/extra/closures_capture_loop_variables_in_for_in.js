// expect: [ 'a', 'b' ]
const fns = []; for (const k in { a: 1, b: 2 }) fns.push(() => k); console.log(fns.map(f => f()));
