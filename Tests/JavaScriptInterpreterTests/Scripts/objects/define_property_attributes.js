// expect: [ 'ro' ] 1 2 {"value":1,"writable":false,"enumerable":false,"configurable":false}
const o = {};
Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
Object.defineProperty(o, "ro", { value: 2, enumerable: true, writable: false });
o.ro = 3;
console.log(Object.keys(o), o.hidden, o.ro, JSON.stringify(Object.getOwnPropertyDescriptor(o, "hidden")));
