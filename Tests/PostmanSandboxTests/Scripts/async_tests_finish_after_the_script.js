// Tests that take a `done` callback or return a promise are recorded when they settle, so the expected
// results below are in completion order: synchronous ones, then promise jobs, then timers by due time.

pm.test('done later', function (done) {
  setTimeout(function () { pm.expect(1).to.equal(1); done(); }, 20);
});
pm.test('sync first', function () {});
// expect: pass
pm.test('settles once', function (done) { done(); done(new Error('second call is ignored')); });
// expect: pass
pm.test('promise rejects', function () {
  return Promise.resolve(2).then(function (v) { pm.expect(v).to.equal(3); });
});
// expect: expected 2 to equal 3
pm.test('done with an error', function (done) {
  setTimeout(function () { done(new TypeError('went wrong')); }, 5);
});
// expect: TypeError: went wrong
// expect: pass
pm.test('never finishes', function (done) {});
// expect: Error: the test did not finish: its done callback was never called or its promise never settled
