// expect: 2 3
const original = { a: [1, { b: 2 }], c: "s" }; const copy = JSON.parse(JSON.stringify(original)); copy.a[1].b = 3; console.log(original.a[1].b, copy.a[1].b);
