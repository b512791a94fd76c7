// expect: true 3
// expect: Cannot assign to read only property 'a' of object '#<Object>'
// expect: Cannot add property c, object is not extensible
// expect: Cannot delete property 'a' of #<Object>
"use strict";
const o = Object.freeze({ a: 1, nested: { b: 2 } });
o.nested.b = 3;
console.log(Object.isFrozen(o), o.nested.b);
try { o.a = 2; } catch (e) { console.log(e.message); }
try { o.c = 2; } catch (e) { console.log(e.message); }
try { delete o.a; } catch (e) { console.log(e.message); }
