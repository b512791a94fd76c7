// expect: undefined undefined
"use strict"; function f() { return this; } console.log(f(), typeof f.call(undefined));
