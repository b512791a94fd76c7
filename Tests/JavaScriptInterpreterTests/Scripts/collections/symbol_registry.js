// expect: true false k undefined
console.log(Symbol.for("app") === Symbol.for("app"), Symbol("app") === Symbol("app"), Symbol.keyFor(Symbol.for("k")), Symbol.keyFor(Symbol("x")));
