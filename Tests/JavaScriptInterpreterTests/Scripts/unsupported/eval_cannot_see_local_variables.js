// A documented difference from node: every eval is a global (indirect) eval, so code inside a function can't
// read the function's locals through eval. Node prints 1 here.
(function () {
  var hidden = 1;
  try { console.log(eval('hidden')); } catch (e) { console.log(e.name, e.message); }
})();
// expect: ReferenceError hidden is not defined
