const e = new AggregateError([new Error("a"), 2], "several", { cause: "c" });
console.log(e.name, e.message, e.errors.length, e.cause, e instanceof Error, String(e));
console.log(AggregateError.prototype.name, Object.getPrototypeOf(AggregateError) === Error);
// expect: AggregateError several 2 c true AggregateError: several
// expect: AggregateError true
