// expect: stop at 2
try { [1, 2, 3].forEach(x => { if (x === 2) throw new Error("stop at " + x); }); } catch (e) { console.log(e.message); }
