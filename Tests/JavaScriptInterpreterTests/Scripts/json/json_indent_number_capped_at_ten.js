// expect: 11
console.log(JSON.stringify({ a: 1 }, null, 20).split("\n")[1].indexOf("a"));
