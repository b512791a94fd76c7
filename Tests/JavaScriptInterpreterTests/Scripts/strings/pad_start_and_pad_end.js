// expect: 005 abc121 abc     x aba7
console.log("5".padStart(3, "0"), "abc".padEnd(6, "12"), "abc".padStart(2), "x".padStart(5), "7".padStart(4, "ab"));
