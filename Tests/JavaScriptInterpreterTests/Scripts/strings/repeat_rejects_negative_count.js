// expect error: RangeError: Invalid count value: -1
"abc".repeat(-1);
