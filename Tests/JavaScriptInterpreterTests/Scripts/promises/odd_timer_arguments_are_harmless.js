clearTimeout(undefined);
clearTimeout(1e300);
clearTimeout({});
clearInterval("nope");
setTimeout(() => console.log("negative delay"), -5);
setTimeout(() => console.log("zero after negative"), 0);
setTimeout(() => console.log("huge delay"), 1e12);
setTimeout(() => console.log("NaN delay"), NaN);
setTimeout(() => console.log("two"), 2);
queueMicrotask(() => console.log("microtask"));
try { setTimeout("code"); } catch (e) { console.log(e.name); }
// expect: TypeError
// expect: microtask
// expect: negative delay
// expect: zero after negative
// expect: huge delay
// expect: NaN delay
// expect: two
