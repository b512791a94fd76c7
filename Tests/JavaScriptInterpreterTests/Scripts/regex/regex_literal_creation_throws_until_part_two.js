// expect: before
// expect error: SyntaxError: Regular expressions are not supported yet
console.log("before");
const r = /ab+c/g;
console.log("after");
