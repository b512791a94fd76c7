// expect: {"a":10,"b":"two","c":{"d":30}}
console.log(JSON.stringify({ a: 1, b: "two", c: { d: 3 } }, (k, v) => typeof v === "number" ? v * 10 : v));
