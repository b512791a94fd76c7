// expect: undefined this 1
"use strict"; const o = { v: 1, get() { return this === undefined ? "undefined this" : this.v; } }; const g = o.get; console.log(g(), o.get());
