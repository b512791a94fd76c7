// expect: [Arguments] { '0': 1, '1': 'two' }
function f() { console.log(arguments); } f(1, "two");
