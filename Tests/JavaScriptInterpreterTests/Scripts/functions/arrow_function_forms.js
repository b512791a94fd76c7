// expect: 4 { sum: 3 } block 5
const a = x => x * 2, b = (x, y) => ({ sum: x + y }), c = () => { return "block"; }, d = async => async;
console.log(a(2), b(1, 2), c(), d(5));
