// expect: arrayLike is not iterable
// expect: [ 'a' ]
const arrayLike = { length: 1, 0: "a" }; try { [...arrayLike]; } catch (e) { console.log(e.message); } console.log(Array.from(arrayLike));
