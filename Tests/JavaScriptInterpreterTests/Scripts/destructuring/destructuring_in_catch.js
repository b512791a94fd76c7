// expect: 1 m
try { throw { code: 1, msg: "m" }; } catch ({ code, msg }) { console.log(code, msg); }
