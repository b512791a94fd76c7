// expect error: TypeError: Cannot set property a of #<Object> which has only a getter
"use strict";
const o = { get a() { return 1; } };
o.a = 2;
