// expect: a%20b+c/%E9
console.log(escape("a b+c/é"));
