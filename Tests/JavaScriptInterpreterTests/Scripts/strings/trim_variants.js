// expect: ["a  ","  a","a"]
console.log(JSON.stringify(["  a  ".trimStart(), "  a  ".trimEnd(), "\n\t a \u00a0".trim()]));
