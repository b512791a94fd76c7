// expect: { s: "it's", t: 'say "x"', n: 'line\nbreak' }
console.log({ s: "it's", t: 'say "x"', n: "line\nbreak" });
