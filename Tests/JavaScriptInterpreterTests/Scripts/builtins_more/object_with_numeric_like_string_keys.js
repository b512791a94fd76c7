// expect: [ '1', '1.0', '-1', '01' ] b b
const o = { "1.0": "a", "1": "b", "-1": "c", "01": "d" }; console.log(Object.keys(o), o[1], o[1.0]);
