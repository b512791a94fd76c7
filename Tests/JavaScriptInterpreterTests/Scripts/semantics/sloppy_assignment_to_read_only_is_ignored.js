// expect: undefined NaN
undefined = 1; NaN = 5; console.log(undefined, NaN);
