// expect: { first: 1, second: 2, third: 3 }
const o = {}; ({ x: o.first, y: o["second"] } = { x: 1, y: 2 }); [o.third] = [3]; console.log(o);
