// expect: p []
class P {} Object.defineProperty(P.prototype, "kind", { get() { return "p"; } }); console.log(new P().kind, Object.keys(new P()));
