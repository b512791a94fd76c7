// expect: TypeError Cannot assign to read only property '0' of string 'abc'
// expect: abc
"use strict";
const s = "abc";
try { s[0] = "x"; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(s);
