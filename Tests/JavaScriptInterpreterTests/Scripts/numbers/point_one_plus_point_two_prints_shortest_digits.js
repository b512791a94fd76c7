// expect: 0.30000000000000004
console.log(0.1 + 0.2);
