// expect: SyntaxError Regular expressions are not supported yet (String.prototype.match)
try { "abc".match("b"); } catch (e) { console.log(e.name, e.message); }
