// Scripts change the run's variables; each scope keeps what was set in it.
pm.environment.set('env', 'e');
pm.collectionVariables.set('coll', 1);
pm.globals.set('glob', { a: 1 });
pm.variables.set('local', true);
pm.test('environment', function () { pm.expect(pm.environment.get('env')).to.equal('e'); });
// expect: pass
pm.test('collection keeps the number', function () { pm.expect(pm.collectionVariables.get('coll')).to.equal(1); });
// expect: pass
pm.test('globals keep the object', function () { pm.expect(pm.globals.get('glob')).to.eql({ a: 1 }); });
// expect: pass
pm.test('variables sees every scope', function () { pm.expect(pm.variables.get('env')).to.equal('e'); });
// expect: pass
pm.test('replaceIn resolves', function () { pm.expect(pm.variables.replaceIn('{{env}}-{{coll}}')).to.equal('e-1'); });
// expect: pass
pm.environment.unset('env');
pm.test('unset removes', function () { pm.expect(pm.environment.has('env')).to.be.false; });
// expect: pass
