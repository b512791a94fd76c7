// expect: [ 'a', 'b' ]
const fs = []; for (const x of ["a", "b"]) fs.push(() => x); console.log(fs.map(f => f()));
