// expect: c,a,b
const rows = [{ n: "b", a: 2 }, { n: "a", a: 2 }, { n: "c", a: 1 }];
rows.sort((x, y) => x.a - y.a || x.n.localeCompare(y.n)); console.log(rows.map(r => r.n).join());
