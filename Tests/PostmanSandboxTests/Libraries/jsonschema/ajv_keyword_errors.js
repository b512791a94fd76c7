// Ajv 6 with allErrors: each keyword's error shape, message, order and data path. Recorded with ajv 6.12.5.
var Ajv = require('ajv');
function check(schema, data) {
  var ajv = new Ajv({ allErrors: true });
  var valid = ajv.validate(schema, data);
  console.log(valid, JSON.stringify(ajv.errors));
}
check({ type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' }, name: { type: 'string' } } }, { id: 'x' });
check({ type: 'string', minLength: 3, maxLength: 5, pattern: '^a' }, 'bc');
check({ type: 'string', maxLength: 2 }, 'abcdef');
check({ type: 'number', minimum: 3, maximum: 10, multipleOf: 2 }, 11);
check({ type: 'integer' }, 1.5);
check({ type: 'integer' }, 2.0);
check({ type: ['string', 'null'] }, 5);
check({ type: 'array', minItems: 2, maxItems: 3, items: { type: 'string' } }, [1]);
check({ type: 'array', maxItems: 1 }, [1, 2, 3]);
check({ uniqueItems: true }, [1, 2, 1, 2]);
check({ uniqueItems: true }, [{ a: 1 }, { a: 1 }]);
check({ items: { type: 'integer' }, uniqueItems: true }, [1, 2, 1, 2]);
check({ items: [{ type: 'string' }, { type: 'number' }], additionalItems: false }, [1, 'a', 3]);
check({ items: [{ type: 'string' }], additionalItems: { type: 'string' } }, ['a', 2, 3]);
check({ properties: { a: {} }, patternProperties: { '^x': { type: 'string' } }, additionalProperties: false }, { a: 1, xb: 2, c: 3, 'd-e': 4 });
check({ additionalProperties: { type: 'number' } }, { a: 1, b: 'x' });
check({ properties: { 'a-b': { type: 'string' }, "a'b": { type: 'string' }, '0x': { type: 'string' } } }, { 'a-b': 1, "a'b": 2, '0x': 3 });
check({ minProperties: 2 }, { a: 1 });
check({ maxProperties: 1 }, { a: 1, b: 2 });
check({ dependencies: { a: ['b', 'c'], d: { required: ['e'] }, f: ['g'] } }, { a: 1, d: 2, f: 3 });
check({ enum: ['red', 'green', null] }, 'blue');
check({ enum: [{ a: [1, 2] }] }, { a: [1, 2] });
check({ const: { a: 1 } }, { a: 2 });
check({ exclusiveMaximum: 3 }, 3);
check({ exclusiveMinimum: 3, minimum: 4 }, 3);
check({ maximum: 5, exclusiveMaximum: 3 }, 4);
check({ not: { type: 'number' } }, 1);
check({ anyOf: [{ type: 'string' }, { minimum: 3 }] }, 1);
check({ anyOf: [{ type: 'string' }, { minimum: 3 }] }, 4);
check({ oneOf: [{ type: 'number' }, { minimum: 3 }] }, 5);
check({ oneOf: [{ type: 'string' }, { maximum: 2 }] }, 7);
check({ allOf: [{ type: 'number' }, { minimum: 3 }, { maximum: 1 }] }, 2);
check({ if: { minimum: 3 }, then: { maximum: 5 }, else: { type: 'string' } }, 7);
check({ if: { minimum: 3 }, then: { maximum: 5 }, else: { type: 'string' } }, 1);
check({ if: { minimum: 3 }, then: { maximum: 5 } }, 1);
check({ contains: { type: 'string' } }, [1, 2]);
check({ contains: { type: 'string' } }, [1, 'a']);
check({ propertyNames: { maxLength: 2 } }, { abc: 1, de: 2 });
check({ properties: { a: false } }, { a: 1 });
check(false, 'anything');
check(true, 'anything');
check({ type: 'object', properties: { items: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } } }, { items: [{ id: 'a' }, {}, { id: 5 }] });
check({ maxLength: 2 }, '\ud83d\ude00\ud83d\ude00');
check({ type: 'string', minLength: 3, enum: ['a'] }, 5);
check({ type: 'object', required: ['a'] }, 'text');
// expect: false [{"keyword":"type","dataPath":".id","schemaPath":"#/properties/id/type","params":{"type":"integer"},"message":"should be integer"},{"keyword":"required","dataPath":"","schemaPath":"#/required","params":{"missingProperty":"name"},"message":"should have required property 'name'"}]
// expect: false [{"keyword":"minLength","dataPath":"","schemaPath":"#/minLength","params":{"limit":3},"message":"should NOT be shorter than 3 characters"},{"keyword":"pattern","dataPath":"","schemaPath":"#/pattern","params":{"pattern":"^a"},"message":"should match pattern \"^a\""}]
// expect: false [{"keyword":"maxLength","dataPath":"","schemaPath":"#/maxLength","params":{"limit":2},"message":"should NOT be longer than 2 characters"}]
// expect: false [{"keyword":"maximum","dataPath":"","schemaPath":"#/maximum","params":{"comparison":"<=","limit":10,"exclusive":false},"message":"should be <= 10"},{"keyword":"multipleOf","dataPath":"","schemaPath":"#/multipleOf","params":{"multipleOf":2},"message":"should be multiple of 2"}]
// expect: false [{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"integer"},"message":"should be integer"}]
// expect: true null
// expect: false [{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"string,null"},"message":"should be string,null"}]
// expect: false [{"keyword":"minItems","dataPath":"","schemaPath":"#/minItems","params":{"limit":2},"message":"should NOT have fewer than 2 items"},{"keyword":"type","dataPath":"[0]","schemaPath":"#/items/type","params":{"type":"string"},"message":"should be string"}]
// expect: false [{"keyword":"maxItems","dataPath":"","schemaPath":"#/maxItems","params":{"limit":1},"message":"should NOT have more than 1 items"}]
// expect: false [{"keyword":"uniqueItems","dataPath":"","schemaPath":"#/uniqueItems","params":{"i":3,"j":1},"message":"should NOT have duplicate items (items ## 1 and 3 are identical)"}]
// expect: false [{"keyword":"uniqueItems","dataPath":"","schemaPath":"#/uniqueItems","params":{"i":1,"j":0},"message":"should NOT have duplicate items (items ## 0 and 1 are identical)"}]
// expect: false [{"keyword":"uniqueItems","dataPath":"","schemaPath":"#/uniqueItems","params":{"i":1,"j":3},"message":"should NOT have duplicate items (items ## 3 and 1 are identical)"}]
// expect: false [{"keyword":"additionalItems","dataPath":"","schemaPath":"#/additionalItems","params":{"limit":2},"message":"should NOT have more than 2 items"},{"keyword":"type","dataPath":"[0]","schemaPath":"#/items/0/type","params":{"type":"string"},"message":"should be string"},{"keyword":"type","dataPath":"[1]","schemaPath":"#/items/1/type","params":{"type":"number"},"message":"should be number"}]
// expect: false [{"keyword":"type","dataPath":"[1]","schemaPath":"#/additionalItems/type","params":{"type":"string"},"message":"should be string"},{"keyword":"type","dataPath":"[2]","schemaPath":"#/additionalItems/type","params":{"type":"string"},"message":"should be string"}]
// expect: false [{"keyword":"additionalProperties","dataPath":"","schemaPath":"#/additionalProperties","params":{"additionalProperty":"c"},"message":"should NOT have additional properties"},{"keyword":"additionalProperties","dataPath":"","schemaPath":"#/additionalProperties","params":{"additionalProperty":"d-e"},"message":"should NOT have additional properties"},{"keyword":"type","dataPath":"['xb']","schemaPath":"#/patternProperties/%5Ex/type","params":{"type":"string"},"message":"should be string"}]
// expect: false [{"keyword":"type","dataPath":"['b']","schemaPath":"#/additionalProperties/type","params":{"type":"number"},"message":"should be number"}]
// expect: false [{"keyword":"type","dataPath":"['a-b']","schemaPath":"#/properties/a-b/type","params":{"type":"string"},"message":"should be string"},{"keyword":"type","dataPath":"['a\\'b']","schemaPath":"#/properties/a'b/type","params":{"type":"string"},"message":"should be string"},{"keyword":"type","dataPath":"['0x']","schemaPath":"#/properties/0x/type","params":{"type":"string"},"message":"should be string"}]
// expect: false [{"keyword":"minProperties","dataPath":"","schemaPath":"#/minProperties","params":{"limit":2},"message":"should NOT have fewer than 2 properties"}]
// expect: false [{"keyword":"maxProperties","dataPath":"","schemaPath":"#/maxProperties","params":{"limit":1},"message":"should NOT have more than 1 properties"}]
// expect: false [{"keyword":"dependencies","dataPath":"","schemaPath":"#/dependencies","params":{"property":"a","missingProperty":"b","depsCount":2,"deps":"b, c"},"message":"should have properties b, c when property a is present"},{"keyword":"dependencies","dataPath":"","schemaPath":"#/dependencies","params":{"property":"a","missingProperty":"c","depsCount":2,"deps":"b, c"},"message":"should have properties b, c when property a is present"},{"keyword":"dependencies","dataPath":"","schemaPath":"#/dependencies","params":{"property":"f","missingProperty":"g","depsCount":1,"deps":"g"},"message":"should have property g when property f is present"},{"keyword":"required","dataPath":"","schemaPath":"#/dependencies/d/required","params":{"missingProperty":"e"},"message":"should have required property 'e'"}]
// expect: false [{"keyword":"enum","dataPath":"","schemaPath":"#/enum","params":{"allowedValues":["red","green",null]},"message":"should be equal to one of the allowed values"}]
// expect: true null
// expect: false [{"keyword":"const","dataPath":"","schemaPath":"#/const","params":{"allowedValue":{"a":1}},"message":"should be equal to constant"}]
// expect: false [{"keyword":"exclusiveMaximum","dataPath":"","schemaPath":"#/exclusiveMaximum","params":{"comparison":"<","limit":3,"exclusive":true},"message":"should be < 3"}]
// expect: false [{"keyword":"minimum","dataPath":"","schemaPath":"#/minimum","params":{"comparison":">=","limit":4,"exclusive":false},"message":"should be >= 4"}]
// expect: false [{"keyword":"exclusiveMaximum","dataPath":"","schemaPath":"#/exclusiveMaximum","params":{"comparison":"<","limit":3,"exclusive":true},"message":"should be < 3"}]
// expect: false [{"keyword":"not","dataPath":"","schemaPath":"#/not","params":{},"message":"should NOT be valid"}]
// expect: false [{"keyword":"type","dataPath":"","schemaPath":"#/anyOf/0/type","params":{"type":"string"},"message":"should be string"},{"keyword":"minimum","dataPath":"","schemaPath":"#/anyOf/1/minimum","params":{"comparison":">=","limit":3,"exclusive":false},"message":"should be >= 3"},{"keyword":"anyOf","dataPath":"","schemaPath":"#/anyOf","params":{},"message":"should match some schema in anyOf"}]
// expect: true null
// expect: false [{"keyword":"oneOf","dataPath":"","schemaPath":"#/oneOf","params":{"passingSchemas":[0,1]},"message":"should match exactly one schema in oneOf"}]
// expect: false [{"keyword":"type","dataPath":"","schemaPath":"#/oneOf/0/type","params":{"type":"string"},"message":"should be string"},{"keyword":"maximum","dataPath":"","schemaPath":"#/oneOf/1/maximum","params":{"comparison":"<=","limit":2,"exclusive":false},"message":"should be <= 2"},{"keyword":"oneOf","dataPath":"","schemaPath":"#/oneOf","params":{"passingSchemas":null},"message":"should match exactly one schema in oneOf"}]
// expect: false [{"keyword":"minimum","dataPath":"","schemaPath":"#/allOf/1/minimum","params":{"comparison":">=","limit":3,"exclusive":false},"message":"should be >= 3"},{"keyword":"maximum","dataPath":"","schemaPath":"#/allOf/2/maximum","params":{"comparison":"<=","limit":1,"exclusive":false},"message":"should be <= 1"}]
// expect: false [{"keyword":"maximum","dataPath":"","schemaPath":"#/then/maximum","params":{"comparison":"<=","limit":5,"exclusive":false},"message":"should be <= 5"},{"keyword":"if","dataPath":"","schemaPath":"#/if","params":{"failingKeyword":"then"},"message":"should match \"then\" schema"}]
// expect: false [{"keyword":"type","dataPath":"","schemaPath":"#/else/type","params":{"type":"string"},"message":"should be string"},{"keyword":"if","dataPath":"","schemaPath":"#/if","params":{"failingKeyword":"else"},"message":"should match \"else\" schema"}]
// expect: true null
// expect: false [{"keyword":"type","dataPath":"[0]","schemaPath":"#/contains/type","params":{"type":"string"},"message":"should be string"},{"keyword":"type","dataPath":"[1]","schemaPath":"#/contains/type","params":{"type":"string"},"message":"should be string"},{"keyword":"contains","dataPath":"","schemaPath":"#/contains","params":{},"message":"should contain a valid item"}]
// expect: true null
// expect: false [{"keyword":"maxLength","dataPath":"","schemaPath":"#/propertyNames/maxLength","params":{"limit":2},"message":"should NOT be longer than 2 characters","propertyName":"abc"},{"keyword":"propertyNames","dataPath":"","schemaPath":"#/propertyNames","params":{"propertyName":"abc"},"message":"property name 'abc' is invalid"}]
// expect: false [{"keyword":"false schema","dataPath":".a","schemaPath":"#/properties/a/false schema","params":{},"message":"boolean schema is false"}]
// expect: false [{"keyword":"false schema","dataPath":"","schemaPath":"#/false schema","params":{},"message":"boolean schema is false"}]
// expect: true null
// expect: false [{"keyword":"required","dataPath":".items[1]","schemaPath":"#/properties/items/items/required","params":{"missingProperty":"id"},"message":"should have required property 'id'"},{"keyword":"type","dataPath":".items[2].id","schemaPath":"#/properties/items/items/properties/id/type","params":{"type":"string"},"message":"should be string"}]
// expect: true null
// expect: false [{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"string"},"message":"should be string"},{"keyword":"enum","dataPath":"","schemaPath":"#/enum","params":{"allowedValues":["a"]},"message":"should be equal to one of the allowed values"}]
// expect: false [{"keyword":"type","dataPath":"","schemaPath":"#/type","params":{"type":"object"},"message":"should be object"}]
