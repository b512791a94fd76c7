// expect: [ 'innerFn', 'outerFn' ]
function outerFn() { innerFn(); } function innerFn() { throw new Error("x"); }
try { outerFn(); } catch (e) { console.log(e.stack.split("\n").slice(1, 3).map(l => l.trim().split(" ")[1])); }
