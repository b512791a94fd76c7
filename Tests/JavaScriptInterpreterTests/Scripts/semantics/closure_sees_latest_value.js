// expect: 2
let x = 1; const read = () => x; x = 2; console.log(read());
