// expect: baa bbb a--b-c aB1c $
console.log("aaa".replace("a", "b"), "aaa".replaceAll("a", "b"), "a-b-c".replace("-", "$&$&"), "abc".replace("b", (m, i) => m.toUpperCase() + i), "x".replace("x", "$$"));
