// expect: Cannot assign to read only property 'x' of object '#<P>'
// expect: 1
"use strict"; class P { constructor() { this.x = 1; Object.freeze(this); } } const p = new P(); try { p.x = 2; } catch (e) { console.log(e.message); } console.log(p.x);
