// expect: [
// expect:   1, 'two',
// expect:   3, 'four',
// expect:   5, 'six',
// expect:   7, true
// expect: ]
console.log([1, "two", 3, "four", 5, "six", 7, true]);
