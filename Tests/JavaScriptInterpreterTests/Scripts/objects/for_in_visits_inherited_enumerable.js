// expect: [ '0', 'own', 'inherited' ]
const proto = { inherited: 1 }; const o = Object.create(proto); o.own = 2; o[0] = 3;
const keys = []; for (const k in o) keys.push(k); console.log(keys);
