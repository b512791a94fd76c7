// expect: 49 49 undefined false p11
const o = {}; for (let i = 0; i < 50; i++) o["p" + i] = i; delete o.p10; console.log(Object.keys(o).length, o.p49, o.p10, "p10" in o, Object.keys(o)[10]);
