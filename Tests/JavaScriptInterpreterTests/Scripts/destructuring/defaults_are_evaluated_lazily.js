// expect: 1 1 0 1
let calls = 0; const def = () => ++calls; const [x = def(), y = def()] = [1]; const { z = def() } = { z: 0 }; console.log(x, y, z, calls);
