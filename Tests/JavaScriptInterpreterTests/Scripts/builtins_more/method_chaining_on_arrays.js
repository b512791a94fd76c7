// expect: 16 > 10
console.log([5, 3, 8, 1].filter(n => n > 2).map(n => n * 2).sort((a, b) => a - b).reverse().slice(0, 2).join(" > "));
