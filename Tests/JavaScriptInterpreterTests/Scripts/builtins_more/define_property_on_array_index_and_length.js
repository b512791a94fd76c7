// expect: [ 1 ]
// expect: [ 'z' ]
const a = [1, 2, 3]; Object.defineProperty(a, "length", { value: 1 }); console.log(a); Object.defineProperty(a, 0, { value: "z" }); console.log(a);
