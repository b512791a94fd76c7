// expect: Map(1) { 'a' => Map(1) { 'x' => 1 } } 1
const outer = new Map([["a", new Map([["x", 1]])]]); console.log(outer, outer.get("a").get("x"));
