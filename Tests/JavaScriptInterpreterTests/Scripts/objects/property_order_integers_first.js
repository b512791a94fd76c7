// expect: [ '1', '2', 'b', 'a', '-1', '01' ] {"1":1,"2":1,"b":1,"a":1,"-1":1,"01":1}
const o = { b: 1, 2: 1, a: 1, 1: 1, [Symbol("s")]: 1, "-1": 1, "01": 1 };
console.log(Object.keys(o), JSON.stringify(o));
