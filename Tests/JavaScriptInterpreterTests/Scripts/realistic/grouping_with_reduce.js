// expect: { x: [ 1, 3 ], y: [ 2 ] } x=4;y=2
const items = [{ t: "x", v: 1 }, { t: "y", v: 2 }, { t: "x", v: 3 }];
const grouped = items.reduce((acc, it) => { (acc[it.t] ||= []).push(it.v); return acc; }, {});
console.log(grouped, Object.entries(grouped).map(([k, vs]) => `${k}=${vs.reduce((a, b) => a + b, 0)}`).join(";"));
