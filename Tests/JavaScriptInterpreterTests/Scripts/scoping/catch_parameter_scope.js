// expect: 1 undefined
try { throw 1; } catch (e) { var e2 = e; } console.log(e2, typeof e);
