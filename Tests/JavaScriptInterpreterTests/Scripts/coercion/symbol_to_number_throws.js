// expect error: TypeError: Cannot convert a Symbol value to a number
Symbol() + 1;
