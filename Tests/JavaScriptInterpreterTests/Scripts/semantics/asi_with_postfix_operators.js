// expect: 2 1
let i = 1
let j = i
++i
console.log(i, j)
