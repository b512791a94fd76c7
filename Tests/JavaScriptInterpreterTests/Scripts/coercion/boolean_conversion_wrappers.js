// expect: false true truthy true true 2
console.log(Boolean(""), Boolean("0"), new Boolean(false) ? "truthy" : "falsy", Boolean([]), String(true), true + true);
