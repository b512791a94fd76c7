// expect error: TypeError: f(...) is not a function
function f() { return 1; } f()();
