// expect: TypeError: Cannot read properties of undefined (reading 'x')
// expect: TypeError: Cannot read properties of null (reading 'y')
// expect: TypeError: Cannot read properties of undefined (reading 'id')
// expect: TypeError: Cannot read properties of undefined (reading 'b')
// expect: TypeError: a.map is not a function
// expect: ReferenceError: missing is not defined
// expect: TypeError: Assignment to constant variable.
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: TypeError: (intermediate value).x is not a constructor
// expect: TypeError: Reduce of empty array with no initial value
// expect: TypeError: Cannot assign to read only property 'a' of object '#<Object>'
// expect: SyntaxError: Expected property name or '}' in JSON at position 1
// expect: TypeError: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     --- property 'o' closes the circle
const probes = [() => undefined.x, () => null.y, () => { let u; u.id; }, () => { const o = {}; o.a.b; }, () => { const a = {}; a.map(); }, () => missing, () => { const c = 1; c = 2; }, () => Symbol() + "", () => new (class A {}).x(), () => [].reduce((a, b) => a), () => { "use strict"; Object.freeze({ a: 1 }).a = 2; }, () => JSON.parse("{bad"), () => { let o = {}; o.o = o; JSON.stringify(o); }];
for (const p of probes) { try { p(); } catch (e) { console.log(`${e.name}: ${e.message}`); } }
