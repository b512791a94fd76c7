// expect: 2 0
function counter() { let n = 0; return { inc: () => ++n, get: () => n }; }
const c = counter(); c.inc(); c.inc(); console.log(c.get(), counter().get());
