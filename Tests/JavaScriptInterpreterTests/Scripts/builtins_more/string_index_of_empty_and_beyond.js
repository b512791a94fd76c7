// expect: 3 3 true true
console.log("abc".indexOf("", 10), "abc".lastIndexOf(""), "abc".includes(""), "".startsWith(""));
