// expect: 255 255 0 -0 10 NaN 1.111111111111111e+29
console.log(parseInt("ff", 16), parseInt("0xff", 16), parseInt("0xff", 10), parseInt("-0"), parseInt("  12abc", 8), parseInt("9", 8), parseInt("1".repeat(30)));
