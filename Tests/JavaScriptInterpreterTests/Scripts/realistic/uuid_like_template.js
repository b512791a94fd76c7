// expect: 36 4 [ 8, 4, 4, 4, 12 ]
function uuid() { return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".split("").map(c => c === "x" ? (Math.random() * 16 | 0).toString(16) : c === "y" ? ((Math.random() * 4 | 0) + 8).toString(16) : c).join(""); }
const u = uuid(); console.log(u.length, u[14], u.split("-").map(p => p.length));
