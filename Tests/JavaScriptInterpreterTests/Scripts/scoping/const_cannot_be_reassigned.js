// expect error: TypeError: Assignment to constant variable.
const c = 1; c = 2;
