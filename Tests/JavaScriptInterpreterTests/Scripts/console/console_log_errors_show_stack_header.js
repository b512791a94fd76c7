// expect: Error: boom
const e = new Error("boom"); console.log(String(e.stack).split("\n")[0]);
