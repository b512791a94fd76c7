// expect: undeclaredInStrict is not defined
function s() { "use strict"; try { undeclaredInStrict = 1; } catch (e) { return e.message; } } console.log(s());
