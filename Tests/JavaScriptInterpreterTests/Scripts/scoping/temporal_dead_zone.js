// expect error: ReferenceError: Cannot access 'tdz' before initialization
console.log(typeof tdz === "undefined");
let tdz = 1;
