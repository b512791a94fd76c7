// expect: 0 NaN 1 0 5 NaN NaN 7
console.log(Number(null), Number(undefined), Number(true), Number([]), Number([5]), Number([1,2]), Number({}), Number("\n\t 7 \n"));
