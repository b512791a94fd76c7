// expect error: TypeError: Cannot set properties of undefined (setting 'x')
let o; o.x = 1;
