// expect: 3 2
// expect: x 1
// expect: 😀 2
console.log([..."a😀b"].length, Array.from("😀😀").length);
for (const ch of "x😀") console.log(ch, ch.length);
