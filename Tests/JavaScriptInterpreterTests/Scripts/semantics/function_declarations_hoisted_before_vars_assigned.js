// expect: function
// expect: string
console.log(typeof g); var g = "var"; function g() {} console.log(typeof g);
