// expect syntax error: Identifier 'q' has already been declared
let q = 1; { var q = 2; }
