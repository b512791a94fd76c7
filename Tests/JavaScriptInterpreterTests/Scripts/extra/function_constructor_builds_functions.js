// expect: 5 2 function
const add = new Function("a", "b", "return a + b;"); console.log(add(2, 3), add.length, typeof Function("return 1"));
