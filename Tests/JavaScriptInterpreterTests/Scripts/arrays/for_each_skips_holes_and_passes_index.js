// expect: [ '0:10:3', '2:30:3' ]
const out = []; [10, , 30].forEach((v, i, arr) => out.push(`${i}:${v}:${arr.length}`)); console.log(out);
