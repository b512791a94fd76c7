// expect: Cannot read properties of null (reading 'x')
try { null.x; } catch (e) { console.log(e.message); }
