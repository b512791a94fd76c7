// expect error: TypeError: Reduce of empty array with no initial value
[].reduce((a, b) => a + b);
