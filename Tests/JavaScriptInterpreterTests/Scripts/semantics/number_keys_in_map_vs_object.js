// expect: 2 1
const m = new Map([[1, "num"], ["1", "str"]]); const o = { 1: "num" }; o["1"] = "str"; console.log(m.size, Object.keys(o).length);
