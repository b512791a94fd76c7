// expect: PASS status
// expect: FAIL body: expected 2 but got 1
// expect: FAIL type error: Cannot read properties of undefined (reading 'body')
const results = [];
function test(name, fn) { try { fn(); results.push(`PASS ${name}`); } catch (e) { results.push(`FAIL ${name}: ${e.message}`); } }
function expectEqual(a, b) { if (a !== b) throw new Error(`expected ${JSON.stringify(b)} but got ${JSON.stringify(a)}`); }
test("status", () => expectEqual(200, 200));
test("body", () => expectEqual({ a: 1 }.a, 2));
test("type error", () => { const r = undefined; r.body; });
console.log(results.join("\n"));
