// expect error: SyntaxError: Unexpected token ']', "[1,]" is not valid JSON
JSON.parse("[1,]");
