// expect: TypeError getter failed
const o = { get bad() { throw new TypeError("getter failed"); } }; try { o.bad; } catch (e) { console.log(e.name, e.message); }
