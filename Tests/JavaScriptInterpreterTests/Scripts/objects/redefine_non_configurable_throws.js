// expect error: TypeError: Cannot redefine property: x
const o = {}; Object.defineProperty(o, "x", { value: 1 }); Object.defineProperty(o, "x", { value: 2 });
