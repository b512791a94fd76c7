// expect: { value: 1, done: false } { value: 2, done: false } { value: undefined, done: true } function
const arr = [1, 2]; const it = arr[Symbol.iterator](); console.log(it.next(), it.next(), it.next(), typeof it[Symbol.iterator]);
