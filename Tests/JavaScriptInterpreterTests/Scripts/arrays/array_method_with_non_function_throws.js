// expect error: TypeError: 5 is not a function
[1, 2].map(5);
