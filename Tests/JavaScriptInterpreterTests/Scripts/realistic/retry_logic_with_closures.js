// expect: ok at 2
// expect: always
function withRetry(fn, attempts) { let last; for (let i = 0; i < attempts; i++) { try { return fn(i); } catch (e) { last = e; } } throw last; }
console.log(withRetry(i => { if (i < 2) throw new Error("fail " + i); return "ok at " + i; }, 5));
try { withRetry(() => { throw new Error("always"); }, 2); } catch (e) { console.log(e.message); }
