// expect: ok is true: pass
// expect: has 3 items: pass
var tests = {}; var data = JSON.parse('{"ok":true,"items":[1,2,3]}');
tests["ok is true"] = data.ok === true; tests["has 3 items"] = data.items.length === 3;
for (var name in tests) { console.log(name + ": " + (tests[name] ? "pass" : "fail")); }
