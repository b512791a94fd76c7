// expect: pos neg zero
const f = x => x > 0 ? "pos" : x < 0 ? "neg" : "zero"; console.log(f(1), f(-1), f(0));
