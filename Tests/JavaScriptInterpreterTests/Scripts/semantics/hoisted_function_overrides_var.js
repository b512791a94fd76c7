// expect: number
var f = 1; function f() {} console.log(typeof f);
