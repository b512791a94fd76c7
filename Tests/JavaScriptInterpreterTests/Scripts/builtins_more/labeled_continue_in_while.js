// expect: [ '11', '21', '31' ]
let i = 0, log = []; outer: while (i < 3) { i++; let j = 0; while (j < 3) { j++; if (j === 2) continue outer; log.push(`${i}${j}`); } } console.log(log);
