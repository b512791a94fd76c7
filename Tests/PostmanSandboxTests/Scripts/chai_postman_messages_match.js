// Each pm.test below is checked against the `// expect:` line after it: `pass` or the failure message.
// The messages are chai 4.4.1's own output for the same assertions.

pm.test('case 1', function () { pm.response.to.have.status(200) });
// expect: expected response to have status code 200 but got 404
pm.test('case 2', function () { pm.response.to.have.status('OK') });
// expect: expected response to have status reason 'OK' but got 'Not Found'
pm.test('case 3', function () { pm.response.to.be.ok });
// expect: expected response to have status reason 'OK' but got 'NOT FOUND'
pm.test('case 4', function () { pm.response.to.be.success });
// expect: expected response code to be 2XX but found 404
pm.test('case 5', function () { pm.response.to.be.notFound });
// expect: pass
pm.test('case 6', function () { pm.response.to.be.error });
// expect: pass
pm.test('case 7', function () { pm.response.to.have.header('X-Nope') });
// expect: expected response to have header with key 'X-Nope'
pm.test('case 8', function () { pm.response.to.have.header('content-type', 'text/html') });
// expect: expected 'content-type' response header to be 'text/html' but got 'application/json'
pm.test('case 9', function () { pm.response.to.have.jsonBody('b[1]', 3) });
// expect: expected response body json at "b[1]" to contain 3 but got 2
