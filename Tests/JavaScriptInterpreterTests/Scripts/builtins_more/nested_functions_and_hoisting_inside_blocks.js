// expect: hoisted inner
function outer() { return inner(); function inner() { return "hoisted inner"; } } console.log(outer());
