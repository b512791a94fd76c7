// expect: 5 2
const \u0061b = 5; console.log(ab, "\u{1F600}".length);
