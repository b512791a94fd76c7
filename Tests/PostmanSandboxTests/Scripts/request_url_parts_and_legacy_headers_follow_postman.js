// pm.request.url has postman-collection's fields, pm.request.getHeaders() its object form, and the legacy
// responseHeaders keeps the names the server sent (Postman's own snippet reads responseHeaders["Content-Type"]).
pm.test('url parts', function () {
  var url = pm.request.url;
  pm.expect(url.protocol).to.equal('http');
  pm.expect(url.host).to.eql(['api', 'test']);
  pm.expect(url.port).to.equal(undefined);
  pm.expect(url.path).to.eql(['items']);
  pm.expect(url.getPathWithQuery()).to.equal('/items');
  pm.expect(url.getRemote()).to.equal('api.test');
  pm.expect(url.getRemote(true)).to.equal('api.test:80');
  pm.expect(url.variables.count()).to.equal(0);
});
pm.test('url parts with credentials, port, query and hash', function () {
  var url = pm.request.url;
  url.update('https://user:pw@example.com:8443/a/b?x=1#top');
  pm.expect([url.protocol, url.port, url.hash]).to.eql(['https', '8443', 'top']);
  pm.expect(url.host).to.eql(['example', 'com']);
  pm.expect(url.path).to.eql(['a', 'b']);
  pm.expect(url.getPathWithQuery()).to.equal('/a/b?x=1');
  pm.expect(url.getRemote()).to.equal('example.com:8443');
});
pm.test('getHeaders', function () {
  pm.request.headers.add({ key: 'X-Multi', value: '1' });
  pm.request.headers.add({ key: 'X-Multi', value: '2' });
  pm.expect(pm.request.getHeaders()).to.eql({ Accept: '*/*', 'X-Multi': ['1', '2'] });
  pm.expect(pm.request.getHeaders({ ignoreCase: true })['x-multi']).to.eql(['1', '2']);
});
pm.test('responseHeaders keep the server names', function () {
  pm.expect(responseHeaders['Content-Type']).to.equal('application/json');
  pm.expect(responseHeaders.hasOwnProperty('content-type')).to.be.false;
});
// expect: pass
// expect: pass
// expect: pass
// expect: pass
