// expect: parsed
function f() { return /a[/]b/i.test("x"); }
console.log("parsed");
