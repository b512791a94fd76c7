// expect: 43 str 84 str 42 str
const o = { valueOf() { return 42; }, toString() { return "str"; } };
console.log(o + 1, `${o}`, o * 2, String(o), o + "", [o] + "");
