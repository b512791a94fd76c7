// Ajv 6's API: compile, validate by key, addSchema and $ref between schemas, getSchema, errorsText and the
// errors Ajv throws for bad schemas. Recorded with ajv 6.12.5.
var Ajv = require('ajv');
var ajv = new Ajv();
var validate = ajv.compile({ type: 'object', properties: { n: { type: 'number', maximum: 3 } } });
console.log(validate({ n: 1 }), validate.errors);
console.log(validate({ n: 5 }), JSON.stringify(validate.errors));
console.log(validate({ n: 2 }), validate.errors, typeof validate.schema);
ajv.addSchema({ $id: 'http://example.com/item.json', type: 'object', required: ['id'], properties: { id: { type: 'string' } } });
ajv.addSchema({ type: 'integer', minimum: 1 }, 'positive');
console.log(ajv.validate('http://example.com/item.json', { id: 'a' }), ajv.errors);
console.log(ajv.validate('http://example.com/item.json', {}), JSON.stringify(ajv.errors));
console.log(ajv.validate('positive', 0), JSON.stringify(ajv.errors));
var list = { type: 'array', items: { $ref: 'http://example.com/item.json' } };
console.log(ajv.validate(list, [{ id: 'x' }, { id: 2 }]), JSON.stringify(ajv.errors));
console.log(ajv.validate({ properties: { p: { $ref: 'positive' } } }, { p: -1 }), JSON.stringify(ajv.errors));
console.log(typeof ajv.getSchema('positive'), ajv.getSchema('missing'));
console.log(ajv.getSchema('positive')(5), ajv.getSchema('positive')(-5));
var tree = { definitions: { node: { type: 'object', properties: { value: { type: 'number' }, children: { type: 'array', items: { $ref: '#/definitions/node' } } } } }, $ref: '#/definitions/node' };
console.log(ajv.validate(tree, { value: 1, children: [{ value: 2, children: [] }] }));
console.log(ajv.validate(tree, { value: 1, children: [{ value: 'two' }] }), ajv.errorsText());
try { ajv.validate('nope', 1); } catch (e) { console.log(e.message); }
try { ajv.compile({ $ref: '#/definitions/missing' }); } catch (e) { console.log(e.message); }
try { ajv.compile({ type: 'string', format: 'colour' }); } catch (e) { console.log(e.message); }
try { ajv.compile({ properties: { a: { format: 'colour' } } }); } catch (e) { console.log(e.message); }
console.log(new Ajv({ unknownFormats: 'ignore' }).validate({ format: 'colour' }, 'x'));
console.log(new Ajv({ format: false }).validate({ format: 'email' }, 'not an email'));
try { ajv.addSchema({ type: 'string' }, 'positive'); } catch (e) { console.log(e.message); }
var formats = new Ajv({ allErrors: true });
console.log(formats.validate({ type: 'array', items: { type: 'string', format: 'email' } }, ['a@b.co', 'nope']), formats.errorsText());
console.log(formats.validate({ type: 'string', format: 'date-time' }, '2023-11-14T22:13:20.000Z'), formats.validate({ format: 'date-time' }, '2023-11-14'));
console.log(formats.validate({ format: 'uuid' }, '0f8fad5b-d9cb-469f-a165-70867728950e'), formats.validate({ format: 'uuid' }, '0f8fad5b'));
console.log(formats.validate({ format: 'ipv4' }, '192.168.0.1'), formats.validate({ format: 'ipv4' }, '256.1.1.1'));
console.log(formats.validate({ format: 'ipv6' }, '::1'), formats.validate({ format: 'ipv6' }, '1::2::3'));
console.log(formats.validate({ format: 'uri' }, 'https://example.com/a?b=c'), formats.validate({ format: 'uri' }, 'no scheme'));
console.log(formats.validate({ format: 'date' }, '2024-02-29'), formats.validate({ format: 'date' }, '2023-02-30'));
console.log(formats.validate({ format: 'email' }, 12), formats.errors);
var full = new Ajv({ format: 'full' });
console.log(full.validate({ format: 'date' }, '2023-02-30'), full.validate({ format: 'date-time' }, '2023-11-14t22:13:20z'), formats.validate({ format: 'time' }, '22:13:20'));
console.log(typeof Ajv, typeof new Ajv().compile, Ajv === require('ajv'));
// expect: true null
// expect: false [{"keyword":"maximum","dataPath":".n","schemaPath":"#/properties/n/maximum","params":{"comparison":"<=","limit":3,"exclusive":false},"message":"should be <= 3"}]
// expect: true null object
// expect: true null
// expect: false [{"keyword":"required","dataPath":"","schemaPath":"#/required","params":{"missingProperty":"id"},"message":"should have required property 'id'"}]
// expect: false [{"keyword":"minimum","dataPath":"","schemaPath":"#/minimum","params":{"comparison":">=","limit":1,"exclusive":false},"message":"should be >= 1"}]
// expect: false [{"keyword":"type","dataPath":"[1].id","schemaPath":"http://example.com/item.json/properties/id/type","params":{"type":"string"},"message":"should be string"}]
// expect: false [{"keyword":"minimum","dataPath":".p","schemaPath":"positive/minimum","params":{"comparison":">=","limit":1,"exclusive":false},"message":"should be >= 1"}]
// expect: function undefined
// expect: true false
// expect: true
// expect: false data.children[0].value should be number
// expect: no schema with key or ref "nope"
// expect: can't resolve reference #/definitions/missing from id #
// expect: unknown format "colour" is used in schema at path "#"
// expect: unknown format "colour" is used in schema at path "#/properties/a"
// expect: true
// expect: true
// expect: schema with key or id "positive" already exists
// expect: false data[1] should match format "email"
// expect: true false
// expect: true false
// expect: true false
// expect: true false
// expect: true false
// expect: true true
// expect: true null
// expect: false true true
// expect: function function true
