// expect: [ '0', '1', '2', '1.5' ] a b c z
const o = {}; o[1] = "a"; o["2"] = "b"; o[1.5] = "c"; o[-0] = "z";
console.log(Object.keys(o), o["1"], o[2], o["1.5"], o[0]);
