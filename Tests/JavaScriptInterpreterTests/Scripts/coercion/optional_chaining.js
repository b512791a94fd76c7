// expect: 1 undefined 42 undefined 2 undefined undefined undefined
const o = { a: { b: { c: 1 } }, f() { return 42; }, arr: [1, 2] };
console.log(o?.a?.b?.c, o.x?.y.z, o.f?.(), o.g?.(), o.arr?.[1], o.x?.[0], null?.a, (void 0)?.());
