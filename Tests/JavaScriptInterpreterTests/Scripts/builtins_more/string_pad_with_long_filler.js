// expect: abcx xabc abc
console.log("x".padStart(4, "abcdef"), "x".padEnd(4, "abcdef"), "abc".padStart(6, ""));
