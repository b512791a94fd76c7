// expect: bdac
// expect: [ 'a', 'b', 'c', undefined, <1 empty item> ]
// expect: [ 3, 2, 1 ] [ 'a', 'B', 'C' ]
const people = [{ n: "a", age: 30 }, { n: "b", age: 25 }, { n: "c", age: 30 }, { n: "d", age: 25 }];
console.log(people.sort((x, y) => x.age - y.age).map(p => p.n).join(""));
console.log(["b", undefined, "a", , "c"].sort());
console.log([3, 1, 2].sort().reverse(), ["B", "a", "C"].sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : 1));
