// expect: 0 42 31 1000 NaN 5 15 NaN Infinity 0.5 5 5
console.log(Number(""), Number(" 42 "), Number("0x1F"), Number("1e3"), Number("12px"), Number("0b101"), Number("0o17"), Number("-0x1"), Number("Infinity"), Number(".5"), Number("5."), Number("+.5e1"));
