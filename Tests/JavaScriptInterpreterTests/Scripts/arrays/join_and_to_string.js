// expect: 1---2 1,2,3  12 1,2,3,4
console.log([1, null, undefined, 2].join("-"), [1, [2, 3]].toString(), [].join(), [1, 2].join(""), String([1, [2, [3, [4]]]]));
