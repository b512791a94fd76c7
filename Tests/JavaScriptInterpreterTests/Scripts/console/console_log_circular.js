// expect: <ref *1> { name: 'o', self: [Circular *1] }
// expect: <ref *1> [ 1, [Circular *1] ]
const o = { name: "o" }; o.self = o; console.log(o);
const a = [1]; a.push(a); console.log(a);
