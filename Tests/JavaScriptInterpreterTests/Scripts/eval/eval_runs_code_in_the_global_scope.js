// eval runs code in the global scope (indirect eval): its vars and functions become globals, its own
// let/const stay its own. Expectations from node.
console.log(typeof eval, eval.length, eval(42), eval({ a: 1 }).a);
console.log(eval('1 + 2'), eval('var viaEval = 5; viaEval * 2'), viaEval);
eval('function helper(x) { return x * 3; }');
console.log(helper(2));
console.log(eval('const local = 7; local + 1'), eval('const local = 8; local + 1'), typeof local);
eval('utils = { twice: function (s) { return s + s; } }');
console.log(utils.twice('ab'));
try { eval('var = 1'); } catch (e) { console.log(e.name, e.message); }
try { eval('throw new TypeError("from eval")'); } catch (e) { console.log(e.name, e.message); }
console.log(eval('if (true) { "block value" }'), eval(''), eval('let q = 1;'));
console.log(new Function('a', 'b', 'return a + b')(1, 2));
// expect: function 1 42 1
// expect: 3 10 5
// expect: 6
// expect: 8 9 undefined
// expect: abab
// expect: SyntaxError Unexpected token '='
// expect: TypeError from eval
// expect: block value undefined undefined
// expect: 3
