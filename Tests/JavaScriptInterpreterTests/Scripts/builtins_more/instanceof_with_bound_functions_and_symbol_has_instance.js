// expect: true false true
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } } function F() {} const B = F.bind(null);
console.log(2 instanceof Even, 3 instanceof Even, new F() instanceof B);
