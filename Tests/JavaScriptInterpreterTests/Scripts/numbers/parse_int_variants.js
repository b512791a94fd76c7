// expect: 42 26 -17 10 35 NaN 0 123 NaN 1 1112745
console.log(parseInt("42px"), parseInt("0x1A"), parseInt("  -17"), parseInt("1010", 2), parseInt("z", 36), parseInt(""), parseInt("0.9"), parseInt("123", 0), parseInt("12", 1), parseInt("1e3"), parseInt(null, 36));
