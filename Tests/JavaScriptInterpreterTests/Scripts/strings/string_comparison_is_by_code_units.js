// expect: true true true true true [ 'C', 'a', 'b' ]
console.log("a" < "b", "B" < "a", "10" < "9", "abc" < "abd", "é" > "z", ["b", "a", "C"].sort());
