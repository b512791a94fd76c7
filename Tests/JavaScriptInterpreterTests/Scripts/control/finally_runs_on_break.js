// expect: [ 0, 1 ]
const log = []; for (let i = 0; i < 3; i++) { try { if (i === 1) break; } finally { log.push(i); } } console.log(log);
