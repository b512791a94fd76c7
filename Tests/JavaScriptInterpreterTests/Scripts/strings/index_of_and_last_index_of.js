// expect: 1 3 -1 3 1 0
console.log("banana".indexOf("an"), "banana".lastIndexOf("an"), "banana".indexOf("x"), "banana".indexOf("a", 2), "banana".lastIndexOf("a", 2), "abc".indexOf(""));
