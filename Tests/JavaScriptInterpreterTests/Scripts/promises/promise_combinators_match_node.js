const later = (v, ms) => new Promise(r => setTimeout(() => r(v), ms));
Promise.all([later("a", 30), later("b", 10), 3]).then(v => console.log("all", JSON.stringify(v)));
Promise.race([later("slow", 50), later("fast", 5)]).then(v => console.log("race", v));
Promise.allSettled([Promise.reject(new Error("no")), 1]).then(r => console.log("allSettled", r.map(x => x.status).join(",")));
Promise.any([Promise.reject(1), later("any", 20)]).then(v => console.log("any", v));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => console.log(e.name, e.message, e.errors.join("+")));
Promise.all([]).then(v => console.log("empty all", v.length));
Promise.all([1, Promise.reject(new TypeError("bad"))]).catch(e => console.log("all rejects", e.name));
// expect: empty all 0
// expect: allSettled rejected,fulfilled
// expect: AggregateError All promises were rejected 1+2
// expect: all rejects TypeError
// expect: race fast
// expect: any any
// expect: all ["a","b",3]
