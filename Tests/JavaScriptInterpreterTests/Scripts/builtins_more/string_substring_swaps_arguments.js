// expect: ell he he 
console.log("hello".substring(4, 1), "hello".substring(NaN, 2), "hello".slice(NaN, 2), "hello".substr(1, NaN));
