// pm.response and pm.request describe the fixture exchange: GET http://api.test/items → 404 with a JSON body.
pm.test('code and status', function () { pm.expect(pm.response.code).to.equal(404); pm.expect(pm.response.status).to.equal('Not Found'); });
// expect: pass
pm.test('json body', function () { pm.expect(pm.response.json().b).to.eql([1, 2]); });
// expect: pass
pm.test('headers are case-insensitive', function () { pm.expect(pm.response.headers.get('content-type')).to.equal('application/json'); });
// expect: pass
pm.test('request method and url', function () { pm.expect(pm.request.method + ' ' + pm.request.url.toString()).to.equal('GET http://api.test/items'); });
// expect: pass
pm.test('info', function () { pm.expect(pm.info.eventName).to.equal('test'); pm.expect(pm.info.requestName).to.equal('Items'); });
// expect: pass
tests['legacy tests are reported after pm.test results'] = responseCode.code === 404;
tests['a falsy legacy test fails'] = '';
pm.test('no function is a pass');
// expect: pass
// expect: pass
// expect: expected '' to be truthy
