// expect: 1,2,3 ,,1 ,  true true
console.log([1, [2, [3]]] + "", [null, undefined, 1] + "", String([[], []]), [] + [], [] == "", [0] == false);
