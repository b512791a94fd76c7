// expect: small big
function f(x) { check: { if (x > 1) break check; return "small"; } return "big"; } console.log(f(1), f(5));
