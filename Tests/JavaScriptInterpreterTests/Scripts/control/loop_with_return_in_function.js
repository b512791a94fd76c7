// expect: 1 -1
function find(arr, t) { for (const [i, x] of arr.entries()) { if (x === t) return i; } return -1; } console.log(find([5, 6, 7], 6), find([], 1));
