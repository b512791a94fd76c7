// expect: true null s 125 -0 A
// expect:
console.log(JSON.parse("true"), JSON.parse("null"), JSON.parse('"s"'), JSON.parse(" 12.5e1 "), JSON.parse("-0"), JSON.parse('"\\u0041\\n"'));
