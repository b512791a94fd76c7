console.log("start");
Promise.resolve(1).then(v => { console.log("then", v); return v + 1; })
  .then(v => console.log("chained", v));
new Promise((resolve, reject) => reject(new Error("boom")))
  .catch(e => console.log("caught", e.message))
  .finally(() => console.log("finally"));
console.log("end");
// expect: start
// expect: end
// expect: then 1
// expect: caught boom
// expect: chained 2
// expect: finally
