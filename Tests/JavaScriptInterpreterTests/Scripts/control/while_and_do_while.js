// expect: 3 11
let i = 0; while (i < 3) i++; let j = 10; do { j++; } while (j < 5); console.log(i, j);
