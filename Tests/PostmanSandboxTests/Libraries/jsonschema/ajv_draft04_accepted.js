// Draft-04 schemas work with Ajv and jsonSchema without adding the draft-04 meta-schema. Real Ajv 6 throws
// 'no schema with key or ref "http://json-schema.org/draft-04/schema#"' here; Postie accepts them on purpose,
// because collections expect them to work. The expectations are draft-04 semantics, written by hand.
var Ajv = require('ajv');
var schema = {
  $schema: 'http://json-schema.org/draft-04/schema#', id: 'http://x.com/a.json', type: 'object',
  properties: { n: { $ref: '#/definitions/n' }, m: { type: 'number', maximum: 3, exclusiveMaximum: true } },
  definitions: { n: { type: 'integer' } }
};
var ajv = new Ajv({ schemaId: 'auto', allErrors: true });
console.log(ajv.validate(schema, { n: 1, m: 2 }));
console.log(ajv.validate(schema, { n: 'x', m: 3 }), ajv.errorsText());
console.log(JSON.stringify(ajv.errors[1].params));
console.log(new Ajv().validate({ $schema: 'http://json-schema.org/draft-04/schema#', minimum: 2, exclusiveMinimum: true }, 2));
try {
  pm.response.to.have.jsonSchema({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object', properties: { a: { type: 'integer', maximum: 1, exclusiveMaximum: true } } });
} catch (e) { console.log(e.message); }
// expect: true
// expect: false data.n should be integer, data.m should be < 3
// expect: {"comparison":"<","limit":3,"exclusive":true}
// expect: false
// expect: expected data to satisfy schema but found following errors: 
// expect: data.a should be < 1
