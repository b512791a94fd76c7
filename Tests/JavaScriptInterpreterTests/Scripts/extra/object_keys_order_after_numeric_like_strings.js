// expect: [ '9', '10', 'b', 'a', '-1', '1.5' ]
const o = {}; o["b"] = 1; o["10"] = 1; o["9"] = 1; o["a"] = 1; o["-1"] = 1; o["1.5"] = 1; console.log(Object.keys(o));
