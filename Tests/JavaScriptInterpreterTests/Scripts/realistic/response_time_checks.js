// expect: 338.75 800 2 338.8ms
const times = [120, 340, 95, 800]; const avg = times.reduce((a, b) => a + b) / times.length;
console.log(avg, Math.max(...times), times.filter(t => t > 200).length, `${avg.toFixed(1)}ms`);
