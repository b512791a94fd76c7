// expect error: RangeError: toFixed() digits argument must be between 0 and 100
(1).toFixed(101);
