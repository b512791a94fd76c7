// expect: 40 dup k3
const text = JSON.stringify(Object.fromEntries(Array.from({ length: 40 }, (_, i) => ["k" + i, i]))).replace('"k3":3', '"k3":3,"k3":"dup"');
const o = JSON.parse(text); console.log(Object.keys(o).length, o.k3, Object.keys(o)[3]);
