// expect: 6 number
const o = { v: "5" }; o.v++; console.log(o.v, typeof o.v);
