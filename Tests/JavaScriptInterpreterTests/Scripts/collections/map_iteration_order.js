// expect: [ 'z', 'm', 'a' ] [ 1, 3, 4 ] [ [ 'z', 1 ], [ 'm', 3 ], [ 'a', 4 ] ] [ [ 'z', 1 ], [ 'm', 3 ], [ 'a', 4 ] ]
// expect: z 1 true
// expect: m 3 true
// expect: a 4 true
const m = new Map([["z", 1], ["a", 2]]); m.set("m", 3); m.delete("a"); m.set("a", 4);
console.log([...m.keys()], [...m.values()], [...m.entries()], [...m]);
m.forEach((v, key, map) => console.log(key, v, map === m));
