// expect: [
// expect:   1, 2, 3, 4,
// expect:   5, 6, 7
// expect: ]
// expect: [
// expect:    0,  3,  6,  9, 12, 15, 18, 21, 24,
// expect:   27, 30, 33, 36, 39, 42, 45, 48, 51,
// expect:   54, 57, 60, 63, 66, 69, 72, 75, 78,
// expect:   81, 84, 87
// expect: ]
// expect: [ 'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape' ]
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 30 }, (_, i) => i * 3));
console.log(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]);
