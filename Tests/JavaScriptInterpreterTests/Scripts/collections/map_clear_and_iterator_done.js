// expect: { value: 1, done: false } { value: undefined, done: true }
// expect: 0
const m = new Map([[1, 1]]); const it = m.keys(); console.log(it.next(), it.next()); m.clear(); console.log(m.size);
