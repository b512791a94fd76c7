// expect: 3 [ 2, 12 ]
const f = ({ a }, [b]) => a + b; console.log(f({ a: 1 }, [2]), [[1, 2], [3, 4]].map(([p, q]) => p * q));
