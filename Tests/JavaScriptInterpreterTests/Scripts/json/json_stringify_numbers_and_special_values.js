// expect: [null,null,0,1e+21,0.1,-5] 3 "s" false
console.log(JSON.stringify([NaN, Infinity, -0, 1e21, 0.1, -5]), JSON.stringify(new Number(3)), JSON.stringify(new String("s")), JSON.stringify(new Boolean(false)));
