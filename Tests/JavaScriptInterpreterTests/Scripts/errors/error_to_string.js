// expect: Error: boom TypeError Error: x no new
console.log(String(new Error("boom")), String(new TypeError()), new Error("x").toString(), Error("no new").message);
