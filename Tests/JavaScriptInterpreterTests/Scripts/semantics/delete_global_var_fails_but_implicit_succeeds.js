// Script semantics: a top-level var is a non-configurable global property; an implicit global is configurable.
// expect: false true number undefined
var declared = 1; implicitOne = 2; console.log(delete globalThis.declared, delete globalThis.implicitOne, typeof declared, typeof implicitOne);
