// expect: ReferenceError
try { typeof later; let later = 1; } catch (e) { console.log(e.name); }
