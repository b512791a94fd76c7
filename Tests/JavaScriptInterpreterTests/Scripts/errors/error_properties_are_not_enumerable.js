// expect: [] {} true true
const e = new Error("m"); console.log(Object.keys(e), JSON.stringify(e), e.hasOwnProperty("message"), e.hasOwnProperty("stack"));
