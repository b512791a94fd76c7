// expect error: TypeError: n.push is not a function
const n = 5; n.push(1);
