// tv4.validate and tv4.error: codes, messages, data and schema paths, first-error stop. Recorded with tv4 1.3.
function show(e) {
  if (!e) return String(e);
  return JSON.stringify({ message: e.message, code: e.code, dataPath: e.dataPath, schemaPath: e.schemaPath,
    params: e.params, subErrors: e.subErrors && e.subErrors.map(function (s) { return [s.code, s.message, s.dataPath, s.schemaPath]; }) });
}
function check(data, schema) {
  console.log(tv4.validate(data, schema), show(tv4.error), JSON.stringify(tv4.missing));
}
check({ id: 'x' }, { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' }, name: { type: 'string' } } });
check({ id: 1, name: 'n' }, { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' } } });
check('bc', { type: 'string', minLength: 3, maxLength: 5, pattern: '^a' });
check('abcdef', { maxLength: 5 });
check('ABc', { pattern: '/^ab/i' });
check(11, { type: 'number', minimum: 3, maximum: 10, multipleOf: 2 });
check(2, { minimum: 3 });
check(5, { minimum: 5, exclusiveMinimum: true });
check(5, { maximum: 5, exclusiveMaximum: true });
check(0.3, { multipleOf: 0.1 });
check(5, { type: ['string', 'null'] });
check(1.5, { type: 'integer' });
check(null, { type: 'object' });
check({ b: 2 }, { enum: ['a', { b: 1 }] });
check([1, 1], { minItems: 3, uniqueItems: true, items: { type: 'string' } });
check([1, 2, 1], { uniqueItems: true });
check(['a', 2, 3], { items: [{ type: 'string' }], additionalItems: false });
check(['a', 2, 'c'], { items: [{ type: 'string' }], additionalItems: { type: 'string' } });
check({ a: 'ok', xa: 'no', b: 1, 'c/d': 2 }, { properties: { a: { type: 'string' } }, patternProperties: { '^x': { type: 'number' } }, additionalProperties: false });
check({ a: 1, d: 1, f: 1 }, { dependencies: { a: ['b', 'c'], d: 'e', f: { required: ['g'] } } });
check({ a: 1, b: 2 }, { maxProperties: 1 });
check({ a: 1 }, { minProperties: 2 });
check(1, { anyOf: [{ type: 'string' }, { minimum: 3 }] });
check(5, { oneOf: [{ type: 'number' }, { minimum: 3 }] });
check(7, { oneOf: [{ type: 'string' }, { maximum: 2 }] });
check(1, { not: { type: 'number' } });
check(1, { allOf: [{ type: 'number' }, { minimum: 3 }] });
check({ list: [{ id: 'ab' }, { id: 'a' }, { id: 5 }] }, { type: 'object', properties: { list: { type: 'array', items: { type: 'object', properties: { id: { type: 'string', minLength: 2 } } } } } });
check({ 'a/b': 1 }, { properties: { 'a/b': { type: 'string' } } });
check({}, { required: ['a~b/c'] });
check('\ud83d\ude00\ud83d\ude00', { maxLength: 3 });
check('nope', { type: 'string', format: 'email' });
check(undefined, {});
check({ a: undefined }, { required: ['a'] });
// expect: false {"message":"Missing required property: name","code":302,"dataPath":"","schemaPath":"/required/1","params":{"key":"name"},"subErrors":null} []
// expect: true null []
// expect: false {"message":"String is too short (2 chars), minimum 3","code":200,"dataPath":"","schemaPath":"/minLength","params":{"length":2,"minimum":3},"subErrors":null} []
// expect: false {"message":"String is too long (6 chars), maximum 5","code":201,"dataPath":"","schemaPath":"/maxLength","params":{"length":6,"maximum":5},"subErrors":null} []
// expect: true null []
// expect: false {"message":"Value 11 is not a multiple of 2","code":100,"dataPath":"","schemaPath":"","params":{"value":11,"multipleOf":2},"subErrors":null} []
// expect: false {"message":"Value 2 is less than minimum 3","code":101,"dataPath":"","schemaPath":"/minimum","params":{"value":2,"minimum":3},"subErrors":null} []
// expect: false {"message":"Value 5 is equal to exclusive minimum 5","code":102,"dataPath":"","schemaPath":"/exclusiveMinimum","params":{"value":5,"minimum":5},"subErrors":null} []
// expect: false {"message":"Value 5 is equal to exclusive maximum 5","code":104,"dataPath":"","schemaPath":"/exclusiveMaximum","params":{"value":5,"maximum":5},"subErrors":null} []
// expect: true null []
// expect: false {"message":"Invalid type: number (expected string/null)","code":0,"dataPath":"","schemaPath":"/type","params":{"type":"number","expected":"string/null"},"subErrors":null} []
// expect: false {"message":"Invalid type: number (expected integer)","code":0,"dataPath":"","schemaPath":"/type","params":{"type":"number","expected":"integer"},"subErrors":null} []
// expect: false {"message":"Invalid type: null (expected object)","code":0,"dataPath":"","schemaPath":"/type","params":{"type":"null","expected":"object"},"subErrors":null} []
// expect: false {"message":"No enum match for: {\"b\":2}","code":1,"dataPath":"","schemaPath":"/type","params":{"value":"{\"b\":2}"},"subErrors":null} []
// expect: false {"message":"Array is too short (2), minimum 3","code":400,"dataPath":"","schemaPath":"/minItems","params":{"length":2,"minimum":3},"subErrors":null} []
// expect: false {"message":"Array items are not unique (indices 0 and 2)","code":402,"dataPath":"","schemaPath":"/uniqueItems","params":{"match1":0,"match2":2},"subErrors":null} []
// expect: false {"message":"Additional items not allowed","code":403,"dataPath":"/1","schemaPath":"/additionalItems","params":{},"subErrors":null} []
// expect: false {"message":"Invalid type: number (expected string)","code":0,"dataPath":"/1","schemaPath":"/additionalItems/type","params":{"type":"number","expected":"string"},"subErrors":null} []
// expect: false {"message":"Invalid type: string (expected number)","code":0,"dataPath":"/xa","schemaPath":"/patternProperties/^x/type","params":{"type":"string","expected":"number"},"subErrors":null} []
// expect: false {"message":"Dependency failed - key must exist: b (due to key: a)","code":304,"dataPath":"","schemaPath":"/dependencies/a/0","params":{"key":"a","missing":"b"},"subErrors":null} []
// expect: false {"message":"Too many properties defined (2), maximum 1","code":301,"dataPath":"","schemaPath":"/maxProperties","params":{"propertyCount":2,"maximum":1},"subErrors":null} []
// expect: false {"message":"Too few properties defined (1), minimum 2","code":300,"dataPath":"","schemaPath":"/minProperties","params":{"propertyCount":1,"minimum":2},"subErrors":null} []
// expect: false {"message":"Data does not match any schemas from \"anyOf\"","code":10,"dataPath":"","schemaPath":"/anyOf","params":{},"subErrors":[[0,"Invalid type: number (expected string)","","/anyOf/0/anyOf/0/type"],[101,"Value 1 is less than minimum 3","","/anyOf/1/anyOf/1/minimum"]]} []
// expect: false {"message":"Data is valid against more than one schema from \"oneOf\": indices 0 and 1","code":12,"dataPath":"","schemaPath":"/oneOf","params":{"index1":0,"index2":1},"subErrors":null} []
// expect: false {"message":"Data does not match any schemas from \"oneOf\"","code":11,"dataPath":"","schemaPath":"/oneOf","params":{},"subErrors":[[0,"Invalid type: number (expected string)","","/oneOf/0/type"],[103,"Value 7 is greater than maximum 2","","/oneOf/1/maximum"]]} []
// expect: false {"message":"Data matches schema from \"not\"","code":13,"dataPath":"","schemaPath":"/not","params":{},"subErrors":null} []
// expect: false {"message":"Value 1 is less than minimum 3","code":101,"dataPath":"","schemaPath":"/allOf/1/minimum","params":{"value":1,"minimum":3},"subErrors":null} []
// expect: false {"message":"String is too short (1 chars), minimum 2","code":200,"dataPath":"/list/1/id","schemaPath":"/properties/list/items/properties/id/minLength","params":{"length":1,"minimum":2},"subErrors":null} []
// expect: false {"message":"Invalid type: number (expected string)","code":0,"dataPath":"/a~1b","schemaPath":"/properties/a~1b/type","params":{"type":"number","expected":"string"},"subErrors":null} []
// expect: false {"message":"Missing required property: a~b/c","code":302,"dataPath":"","schemaPath":"/required/0","params":{"key":"a~b/c"},"subErrors":null} []
// expect: false {"message":"String is too long (4 chars), maximum 3","code":201,"dataPath":"","schemaPath":"/maxLength","params":{"length":4,"maximum":3},"subErrors":null} []
// expect: true null []
// expect: true null []
// expect: false {"message":"Missing required property: a","code":302,"dataPath":"","schemaPath":"/required/0","params":{"key":"a"},"subErrors":null} []
