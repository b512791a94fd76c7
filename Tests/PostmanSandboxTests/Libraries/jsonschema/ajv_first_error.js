// Ajv 6 without allErrors stops at the first failure, in its own keyword order. Recorded with ajv 6.12.5.
var Ajv = require('ajv');
var ajv = new Ajv();
function check(schema, data) {
  var valid = ajv.validate(schema, data);
  console.log(valid, JSON.stringify(ajv.errors), ajv.errorsText());
}
check({ type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' } } }, { id: 'x' });
check({ type: 'string', minLength: 3, maxLength: 5, pattern: '^a' }, 'bc');
check({ properties: { a: { type: 'string' }, b: { type: 'string' } } }, { a: 1, b: 2 });
check({ items: { type: 'string' } }, ['a', 1, 2]);
check({ anyOf: [{ type: 'string', minLength: 3 }, { type: 'number', minimum: 10 }] }, 'ab');
check({ type: 'integer', minimum: 3 }, 1.5);
check({ enum: [1, 2], type: 'string' }, 3);
check({ type: 'array', items: { type: 'number' }, contains: { minimum: 5 } }, [1, 2]);
check({ type: 'object', properties: { n: { type: 'number' } } }, { n: 1 });
console.log(ajv.errorsText());
console.log(ajv.errorsText([{ dataPath: '.x', message: 'is bad' }, { dataPath: '', message: 'too' }], { separator: ' | ', dataVar: 'body' }));
// expect: false [{"keyword":"required","dataPath":"","schemaPath":"#/required","params":{"missingProperty":".name"},"message":"should have required property '.name'"}] data should have required property '.name'
// expect: false [{"keyword":"minLength","dataPath":"","schemaPath":"#/minLength","params":{"limit":3},"message":"should NOT be shorter than 3 characters"}] data should NOT be shorter than 3 characters
// expect: false [{"keyword":"type","dataPath":".a","schemaPath":"#/properties/a/type","params":{"type":"string"},"message":"should be string"}] data.a should be string
// expect: false [{"keyword":"type","dataPath":"[1]","schemaPath":"#/items/type","params":{"type":"string"},"message":"should be string"}] data[1] should be string
// expect: false [{"keyword":"minLength","dataPath":"","schemaPath":"#/anyOf/0/minLength","params":{"limit":3},"message":"should NOT be shorter than 3 characters"},{"keyword":"type","dataPath":"","schemaPath":"#/anyOf/1/type","params":{"type":"number"},"message":"should be number"},{"keyword":"anyOf","dataPath":"","schemaPath":"#/anyOf","params":{},"message":"should match some schema in anyOf"}] data should NOT be shorter than 3 characters, data should be number, data should match some schema in anyOf
// expect: false [{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"integer"},"message":"should be integer"}] data should be integer
// expect: false [{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"string"},"message":"should be string"}] data should be string
// expect: false [{"keyword":"contains","dataPath":"","schemaPath":"#/contains","params":{},"message":"should contain a valid item"}] data should contain a valid item
// expect: true null No errors
// expect: No errors
// expect: body.x is bad | body too
