// expect: -1 1 0
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"));
