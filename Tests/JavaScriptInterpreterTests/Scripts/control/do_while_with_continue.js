// expect: 4 3
let i = 0, n = 0; do { i++; if (i === 2) continue; n++; } while (i < 4); console.log(i, n);
