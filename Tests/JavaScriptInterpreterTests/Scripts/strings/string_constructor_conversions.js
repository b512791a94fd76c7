// expect: 123 null undefined true 1,2,3 [object Object] Symbol(s)
console.log(String(123), String(null), String(undefined), String(true), String([1, [2, 3]]), String({}), String(Symbol("s")));
