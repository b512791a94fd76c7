// expect: TypeError
// expect: Cannot assign to read only property '0' of object '[object Array]'
// expect: [ 1, 2 ]
"use strict";
const a = Object.freeze([1, 2]);
try { a.push(3); } catch (e) { console.log(e.constructor.name); }
try { a[0] = 9; } catch (e) { console.log(e.message); }
console.log(a);
