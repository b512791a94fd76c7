// expect: a 1 0 a last 0
console.log(0 || "a", 1 || "a", 0 && "a", 1 && "a", "" || null || "last", "x" && 0 && "y");
