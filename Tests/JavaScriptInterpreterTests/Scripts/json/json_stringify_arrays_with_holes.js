// expect: [1,null,3] {"a":[null]}
console.log(JSON.stringify([1, , 3]), JSON.stringify({ a: [,] }));
