// expect: from catch [ 'try', 'catch x', 'finally' ]
const log = [];
function f() { try { log.push("try"); throw new Error("x"); } catch (e) { log.push("catch " + e.message); return "from catch"; } finally { log.push("finally"); } }
console.log(f(), log);
