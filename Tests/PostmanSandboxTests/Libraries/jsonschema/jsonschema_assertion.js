// pm.response.to.have.jsonSchema validates the response body with Ajv (allErrors on) and fails with
// chai-postman's message. The response body here is {"a":1,"b":[1,2]}. Recorded with ajv 6.12.5; the message
// text follows chai-postman 2.0.1.
function attempt(run) {
  try { run(); console.log('passed'); } catch (e) { console.log('failed: ' + e.message); }
}
attempt(function () { pm.response.to.have.jsonSchema({ type: 'object', required: ['a', 'b'] }); });
attempt(function () { pm.response.to.have.jsonSchema({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'array', items: { minimum: 2 } } }, required: ['c'] }); });
attempt(function () { pm.response.to.not.have.jsonSchema({ type: 'object' }); });
attempt(function () { pm.response.to.not.have.jsonSchema({ type: 'array' }); });
attempt(function () { pm.expect({ id: 5 }).to.have.jsonSchema({ properties: { id: { type: 'string' } } }); });
attempt(function () { pm.expect([1, 'x']).to.have.jsonSchema({ type: 'array', items: { type: 'number' } }); });
attempt(function () { pm.response.to.have.jsonSchema({ type: 'object', properties: { a: { type: 'string' } } }, { allErrors: false }); });
pm.test('a schema check inside pm.test', function () {
  pm.response.to.have.jsonSchema({ type: 'object', properties: { b: { type: 'array', minItems: 2 } } });
});
console.log('done');
// expect: passed
// expect: failed: expected data to satisfy schema but found following errors: 
// expect: data should have required property 'c', data.a should be string, data.b[0] should be >= 2
// expect: failed: expected data to not satisfy schema
// expect: passed
// expect: failed: expected data to satisfy schema but found following errors: 
// expect: data.id should be string
// expect: failed: expected data to satisfy schema but found following errors: 
// expect: data[1] should be number
// expect: failed: expected data to satisfy schema but found following errors: 
// expect: data.a should be string
// expect: done
