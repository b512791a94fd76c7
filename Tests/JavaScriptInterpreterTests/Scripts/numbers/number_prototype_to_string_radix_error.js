// expect error: RangeError: toString() radix argument must be between 2 and 36
(10).toString(1);
