// expect error: ReferenceError: undeclared is not defined
"use strict";
function f() { undeclared = 1; } f();
