// expect error: ReferenceError: Cannot access 'value' before initialization
function f() { return value; } f(); let value = 1;
