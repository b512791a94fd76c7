// expect error: TypeError: {} is not iterable
const [a] = {};
