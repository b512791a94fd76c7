// expect: [ 0, 'two', 3 ]
const out = []; for (let i = 0; i < 4; i++) { switch (i) { case 1: continue; case 2: out.push("two"); break; default: out.push(i); } } console.log(out);
