// expect: 0.000001 1e-7 Infinity 173.3513615237574734 57 FF
console.log((0.000001).toString(), (1e-7).toString(), (1.5e300 * 1.5e300).toString(), (123.456).toString(8), (0.1).toString(2).length, (255).toString(16).toUpperCase());
