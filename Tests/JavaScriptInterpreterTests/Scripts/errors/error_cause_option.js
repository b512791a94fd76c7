// expect: inner false
const e = new Error("outer", { cause: "inner" }); console.log(e.cause, "cause" in new Error("x"));
