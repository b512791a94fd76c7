// expect: p ff 11111111 -73
console.log((25).toString(36), (255).toString(16), (255).toString(2), (-255).toString(36));
