// expect: P { inner: { deep: { deeper: [Object] } } }
class P { constructor() { this.inner = { deep: { deeper: { deepest: 1 } } }; } } console.log(new P());
