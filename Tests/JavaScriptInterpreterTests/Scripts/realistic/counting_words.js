// expect: [ 'the', 3 ] { the: 3, quick: 1, brown: 1, lazy: 1, end: 1 }
const text = "the quick brown the lazy the end"; const counts = {};
for (const w of text.split(" ")) counts[w] = (counts[w] || 0) + 1;
console.log(Object.entries(counts).sort((a, b) => b[1] - a[1])[0], counts);
