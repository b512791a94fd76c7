// expect: 1,234,567.891 0.5 -1,234 1,000,000,000,000,000,000,000
console.log((1234567.891).toLocaleString(), (0.5).toLocaleString(), (-1234).toLocaleString(), (1e21).toLocaleString());
