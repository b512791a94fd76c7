// expect: 8 true
const id = Array.from({ length: 8 }, () => "0123456789abcdef"[Math.floor(Math.random() * 16)]).join("");
console.log(id.length, /*regex-free check*/ [...id].every(c => "0123456789abcdef".includes(c)));
