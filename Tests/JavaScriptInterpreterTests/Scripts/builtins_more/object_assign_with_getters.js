// expect: c { computed: 'c' }
const src = { get computed() { return "c"; } }; const t = Object.assign({}, src); console.log(Object.getOwnPropertyDescriptor(t, "computed").value, t);
