// expect: 3 2
const mk = () => { let c = 0; return () => ++c; }; const a = mk(), b = mk(); a(); a(); b(); console.log(a(), b());
