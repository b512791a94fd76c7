// expect: SyntaxError: Unexpected end of JSON input
// expect: SyntaxError: Expected property name or '}' in JSON at position 1
// expect: SyntaxError: Expected ',' or ']' after array element in JSON at position 3
// expect: SyntaxError: Unexpected end of JSON input
// expect: SyntaxError: Unterminated string in JSON at position 4
// expect: SyntaxError: Unexpected non-whitespace character after JSON at position 2
// expect: SyntaxError: Expected double-quoted property name in JSON at position 7
// expect: SyntaxError: Unexpected number in JSON at position 1
// expect: SyntaxError: No number after minus sign in JSON at position 1
// expect: SyntaxError: "undefined" is not valid JSON
// expect: SyntaxError: Expected property name or '}' in JSON at position 1
// expect: SyntaxError: Expected ':' after property name in JSON at position 5
// expect: SyntaxError: Bad escaped character in JSON at position 2
// expect: SyntaxError: Unexpected token 'x', ...",13,14,15,x]" is not valid JSON
for (const t of ["", "{", "[1 2]", "tru", '"abc', "1 2", '{"a":1,}', "01", "-", "undefined", "{'a':1}", '{"a" 1}', '"\\x"', "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,x]"]) { try { JSON.parse(t); } catch (e) { console.log(e.name + ": " + e.message); } }
