// expect: HELLO hello pad| abcabcabc true true true
console.log("Hello".toUpperCase(), "Hello".toLowerCase(), "  pad ".trim() + "|", "abc".repeat(3), "abc".includes("b"), "abc".startsWith("ab"), "abc".endsWith("bc"));
