// expect: Hello World! 3 + 3 = 6 line1
// expect: line2 ${escaped} 1,2 [object Object]
const name = "World", n = 3;
console.log(`Hello ${name}!`, `${n} + ${n} = ${n + n}`, `line1
line2`, `\${escaped}`, `${[1, 2]}`, `${{}}`);
