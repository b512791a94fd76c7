// expect: zero true [ 0 ]
const m = new Map([[0, "zero"]]); console.log(m.get(-0), m.has(-0), [...m.keys()]);
