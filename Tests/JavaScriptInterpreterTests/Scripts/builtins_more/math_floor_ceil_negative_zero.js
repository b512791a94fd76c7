// expect: true true -1 0 -0
console.log(Object.is(Math.ceil(-0.5), -0), Object.is(Math.round(-0.2), -0), Math.floor(-0.5), Math.trunc(0.9), Math.sign(-0));
