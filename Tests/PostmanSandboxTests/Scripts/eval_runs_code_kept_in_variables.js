// A common Postman pattern: shared code kept in a variable and evaluated by each script that needs it.
pm.globals.set('helpers', "function greet(name) { return 'hi ' + name; } shared = { twice: function (s) { return s + s; } };");
eval(pm.globals.get('helpers'));
pm.test('functions from evaluated code are callable', function () { pm.expect(greet('ada')).to.equal('hi ada'); });
pm.test('objects from evaluated code are usable', function () { pm.expect(shared.twice('ab')).to.equal('abab'); });
pm.test('eval keeps its own const, so the same code can run again', function () {
  pm.expect(eval('const n = 2; n * 21')).to.equal(42);
  pm.expect(eval('const n = 2; n * 21')).to.equal(42);
});
// expect: pass
// expect: pass
// expect: pass
