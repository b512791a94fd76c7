// expect: 3 helo
const o = {}; console.log(new Set(["a", "a", o, o, {}]).size, [...new Set("hello")].join(""));
