// chai's rarer assertions, response helpers, request URL editing and base64 globals.
pm.test('expect.fail', function () { pm.expect.fail('nope'); });
// expect: nope
pm.test('expect.fail with values', function () { pm.expect.fail(1, 2); });
// expect: expected 1 to equal 2
pm.test('frozen', function () { pm.expect(Object.freeze({})).to.be.frozen; pm.expect({}).to.not.be.sealed; pm.expect({}).to.be.extensible; });
// expect: pass
pm.test('respondTo', function () { pm.expect({ run: function () {} }).to.respondTo('stop'); });
// expect: expected { run: [Function run] } to respond to 'stop'
pm.test('contentInfo', function () { pm.expect(pm.response.contentInfo()).to.include({ mimeType: 'application/json', mimeFormat: 'json' }); });
// expect: pass
pm.test('base64', function () { pm.expect(btoa('user:pass')).to.equal('dXNlcjpwYXNz'); pm.expect(atob('dXNlcjpwYXNz')).to.equal('user:pass'); });
// expect: pass
pm.test('query editing', function () {
    pm.request.url.query.add({ key: 'page', value: '2' });
    pm.request.addQueryParams('sort=name');
    pm.request.removeQueryParams('page');
    pm.expect(pm.request.url.toString()).to.equal('http://api.test/items?sort=name');
    pm.expect(pm.request.url.query.get('sort')).to.equal('name');
});
// expect: pass
