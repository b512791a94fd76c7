// Postman wraps every script in a function: this file runs twice in one realm (see SandboxScriptTests), and a
// second `const` with the same name must not clash, while implicit globals carry over.
const json = pm.response.json();
let count = 1;
function helper() { return json.a; }
if (typeof carried === 'undefined') carried = 0;
carried += 1;
pm.test('declarations are the script own', function () { pm.expect(helper()).to.equal(1); });
pm.test('implicit globals persist between scripts', function () { pm.expect(carried).to.be.at.least(1); });
if (count === 1) return;
pm.test('a top-level return ends the script', function () { throw new Error('still running'); });
// expect: pass
// expect: pass
