// expect: t0,f0,f1,t2,f2
const out = []; for (let i = 0; i < 3; i++) { try { if (i === 1) continue; out.push("t" + i); } finally { out.push("f" + i); } } console.log(out.join(","));
