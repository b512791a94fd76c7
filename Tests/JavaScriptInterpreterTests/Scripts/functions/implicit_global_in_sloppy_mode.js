// expect: 42 42
function f() { implicitGlobal = 42; } f(); console.log(implicitGlobal, globalThis.implicitGlobal);
