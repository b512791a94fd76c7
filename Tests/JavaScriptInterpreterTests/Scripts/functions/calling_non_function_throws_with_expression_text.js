// expect error: TypeError: obj.list.map is not a function
const obj = { list: {} }; obj.list.map(x => x);
