// expect syntax error: Identifier 'dup' has already been declared
let dup = 1; let dup = 2;
