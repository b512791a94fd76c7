// expect: 7 function
globalThis.fromGlobal = 7; console.log(fromGlobal, typeof globalThis.console.log);
