// expect: deep true
function a() { b(); } function b() { c(); } function c() { throw new Error("deep"); }
try { a(); } catch (e) { console.log(e.message, e.stack.split("\n").length > 3); }
