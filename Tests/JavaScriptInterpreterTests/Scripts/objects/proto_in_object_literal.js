// expect: hello [ 'own' ]
const p = { greet() { return "hello"; } }; const o = { __proto__: p, own: 1 }; console.log(o.greet(), Object.keys(o));
