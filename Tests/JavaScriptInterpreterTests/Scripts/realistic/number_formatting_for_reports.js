// expect: [ '1234.50', '0.30', '0.00', '100.00' ] [ 1234.5, 0.3, 0, 100 ]
const amounts = [1234.5, 0.1 + 0.2, 1e-7, 99.995]; console.log(amounts.map(a => a.toFixed(2)), amounts.map(a => Math.round(a * 100) / 100));
