// expect: ok undefined undefined
console.log(hoisted(), typeof later, v);
function hoisted() { return "ok"; }
var v = 1; var later = function () {};
