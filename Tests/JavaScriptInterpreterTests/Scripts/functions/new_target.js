// expect: true false
function F() { return new.target === F; } console.log(new F() instanceof F, F());
