// tv4's schema store: addSchema by URI or id, $ref to added and missing schemas, validateResult,
// validateMultiple and errorCodes. Recorded with tv4 1.3.
function show(e) {
  return e ? [e.code, e.message, e.dataPath, e.schemaPath].join(' | ') : String(e);
}
tv4.addSchema('http://example.com/item.json', { type: 'object', required: ['id'], properties: { id: { type: 'string' } } });
tv4.addSchema({ id: 'http://example.com/defs.json', definitions: { pos: { type: 'integer', minimum: 1 } } });
console.log(tv4.validate([{ id: 'a' }, {}], { items: { $ref: 'http://example.com/item.json' } }), show(tv4.error));
console.log(tv4.validate({ n: 0 }, { properties: { n: { $ref: 'http://example.com/defs.json#/definitions/pos' } } }), show(tv4.error));
console.log(tv4.validate({ id: 3 }, 'http://example.com/item.json'), show(tv4.error));
console.log(tv4.validate({ n: 'x' }, { properties: { n: { $ref: 'http://example.com/unknown.json#/x' } } }), show(tv4.error), JSON.stringify(tv4.missing));
console.log(JSON.stringify(tv4.getSchema('http://example.com/defs.json#/definitions/pos')), tv4.getSchema('http://example.com/nothing'));
console.log(tv4.validate({ n: 0 }, { definitions: { pos: { minimum: 1 } }, properties: { n: { $ref: '#/definitions/pos' } } }), show(tv4.error));
var result = tv4.validateResult({ id: 1 }, { properties: { id: { type: 'string' } } });
console.log(result.valid, show(result.error), JSON.stringify(result.missing), String(result));
console.log(String(tv4.validateResult('x', { type: 'string' })), tv4.validateResult('x', { type: 'string' }).error);
var multiple = tv4.validateMultiple({ a: 1, b: 'x', c: [] }, { required: ['d'], properties: { a: { type: 'string' }, b: { type: 'number' }, c: { minItems: 1 } } });
console.log(multiple.valid, multiple.errors.length, JSON.stringify(multiple.missing));
multiple.errors.forEach(function (e) { console.log(show(e)); });
var anyOf = tv4.validateMultiple(1, { anyOf: [{ type: 'string' }, { minimum: 3 }] });
console.log(anyOf.valid, anyOf.errors.map(show).join(' / '), anyOf.errors[0].subErrors.map(show).join(' / '));
console.log(tv4.validateMultiple({ a: 'x' }, { properties: { a: { type: 'string' } } }).valid, tv4.validateMultiple('x', {}).errors.length);
console.log(tv4.errorCodes.INVALID_TYPE, tv4.errorCodes.OBJECT_REQUIRED, tv4.errorCodes.ONE_OF_MULTIPLE, Object.keys(tv4.errorCodes).length);
console.log(require('tv4') === tv4, typeof tv4.validate, typeof tv4.addSchema);
// expect: false 302 | Missing required property: id | /1 | /items/required/0
// expect: false 101 | Value 0 is less than minimum 1 | /n | /properties/n/minimum
// expect: false 0 | Invalid type: number (expected string) | /id | /properties/id/type
// expect: true null ["http://example.com/unknown.json"]
// expect: {"type":"integer","minimum":1} undefined
// expect: false 101 | Value 0 is less than minimum 1 | /n | /properties/n/minimum
// expect: false 0 | Invalid type: number (expected string) | /id | /properties/id/type [] Invalid type: number (expected string)
// expect: Object passed schema validation null
// expect: false 4 []
// expect: 302 | Missing required property: d |  | /required/0
// expect: 0 | Invalid type: number (expected string) | /a | /properties/a/type
// expect: 0 | Invalid type: string (expected number) | /b | /properties/b/type
// expect: 400 | Array is too short (0), minimum 1 | /c | /properties/c/minItems
// expect: false 10 | Data does not match any schemas from "anyOf" |  | /anyOf 0 | Invalid type: number (expected string) |  | /anyOf/0/type / 101 | Value 1 is less than minimum 3 |  | /anyOf/1/minimum
// expect: true 0
// expect: 0 302 12 28
// expect: true function function
