// expect: [ 'a', 'b', '', 'c' ] [ 'a', 'b', 'c' ] [ 'a', 'b' ] [ 'abc' ] [ '' ] []
console.log("a,b,,c".split(","), "abc".split(""), "a b c".split(" ", 2), "abc".split(), "".split(","), "".split(""));
