// expect: SyntaxError: Invalid regular expression: /(/: Unterminated group
// expect: SyntaxError: Invalid regular expression: /a**/: Nothing to repeat
// expect: SyntaxError: Invalid flags supplied to RegExp constructor 'gg'
// expect: SyntaxError: Invalid regular expression: /[b-a]/: Range out of order in character class
["(", "a**"].forEach(function (source) {
    try { new RegExp(source); } catch (e) { console.log(e.name + ": " + e.message); }
});
try { new RegExp("a", "gg"); } catch (e) { console.log(e.name + ": " + e.message); }
try { new RegExp("[b-a]"); } catch (e) { console.log(e.name + ": " + e.message); }
