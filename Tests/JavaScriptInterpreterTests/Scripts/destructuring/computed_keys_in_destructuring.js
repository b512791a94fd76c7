// expect: 1 2
const key = "dyn"; const { [key]: val, ["st" + "at"]: s } = { dyn: 1, stat: 2 }; console.log(val, s);
