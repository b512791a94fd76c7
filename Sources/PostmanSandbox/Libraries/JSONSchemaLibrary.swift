/// tv4 and Ajv 6: the global `tv4` and `require('tv4')` in JavaScript units, and `require('ajv')` over Postie's
/// native JSON Schema validator.
enum JSONSchemaLibrary {
    static var tv4: ScriptLibrary { ScriptLibrary(fileName: "tv4.js", tv4Source, tv4KeywordsSource) }
    static var ajv: ScriptLibrary { ScriptLibrary(fileName: "ajv.js", ajvSource, natives: ajvNatives) }

    // Ajv 6's API over the native validator. The constructor's prototype methods are one-liners so that
    // `require('ajv')` compiles little; the work is in `$`-units compiled on first use.
    static let ajvSource = ##"""
//- module
(function () {
  function Ajv(opts) {
    if (!(this instanceof Ajv)) return new Ajv(opts);
    this._opts = opts || {};
    this._id = native.create(lib.$nativeOptions(this._opts));
    this._compiled = {};
    this._keys = {};
    this.errors = null;
  }
  Ajv.prototype.compile = function (schema) { return lib.$compile(this, schema); };
  Ajv.prototype.validate = function (schemaKeyRef, data) { return lib.$validate(this, schemaKeyRef, data); };
  Ajv.prototype.addSchema = function (schema, key) { return lib.$addSchema(this, schema, key); };
  Ajv.prototype.getSchema = function (key) { return lib.$getSchema(this, key); };
  Ajv.prototype.errorsText = function (errors, options) { return lib.$errorsText(this, errors, options); };
  Ajv.prototype.addMetaSchema = function () { return this; };
  Ajv.prototype.validateSchema = function (schema) { this.errors = null; return lib.$isSchema(schema); };
  Ajv.prototype.removeSchema = function () { return this; };
  return Ajv;
})()

//- $nativeOptions
function $nativeOptions(opts) {
  return {
    allErrors: opts.allErrors === true,
    schemaId: typeof opts.schemaId === 'string' ? opts.schemaId : '$id',
    unknownFormats: opts.unknownFormats === undefined ? true
      : (opts.unknownFormats === true || opts.unknownFormats === 'ignore' || Array.isArray(opts.unknownFormats)
        ? opts.unknownFormats : false),
    format: opts.format === false ? false : (opts.format === 'full' ? 'full' : 'fast')
  };
}

//- $isSchema
function $isSchema(schema) {
  return typeof schema === 'boolean' || (typeof schema === 'object' && schema !== null && !Array.isArray(schema));
}

//- $wrap
function $wrap(id, schema) {
  var validate = function (data) {
    var errors = native.validate(id, data);
    validate.errors = errors;
    return errors === null;
  };
  validate.schema = schema;
  validate.errors = null;
  return validate;
}

//- $compile
function $compile(ajv, schema) {
  if (!lib.$isSchema(schema)) throw new Error('schema should be object or boolean');
  var key = JSON.stringify(schema);
  var cached = ajv._compiled[key];
  if (cached) return cached;
  var validate = lib.$wrap(native.compile(ajv._id, schema), schema);
  ajv._compiled[key] = validate;
  return validate;
}

//- $validate
function $validate(ajv, schemaKeyRef, data) {
  var validate;
  if (typeof schemaKeyRef === 'string') {
    validate = ajv.getSchema(schemaKeyRef);
    if (!validate) throw new Error('no schema with key or ref "' + schemaKeyRef + '"');
  } else {
    validate = ajv.compile(schemaKeyRef);
  }
  var valid = validate(data);
  ajv.errors = validate.errors;
  return valid;
}

//- $addSchema
function $addSchema(ajv, schema, key) {
  if (Array.isArray(schema)) {
    for (var i = 0; i < schema.length; i++) ajv.addSchema(schema[i], undefined);
    return ajv;
  }
  if (!lib.$isSchema(schema)) throw new Error('schema should be object or boolean');
  native.addSchema(ajv._id, schema, key === undefined ? null : key);
  return ajv;
}

//- $getSchema
function $getSchema(ajv, key) {
  var cached = ajv._keys[key];
  if (cached) return cached;
  var id = native.compileKey(ajv._id, key);
  if (id === undefined) return undefined;
  var validate = lib.$wrap(id, undefined);
  ajv._keys[key] = validate;
  return validate;
}

//- $errorsText
function $errorsText(ajv, errors, options) {
  errors = errors || ajv.errors;
  if (!errors) return 'No errors';
  options = options || {};
  var separator = options.separator === undefined ? ', ' : options.separator;
  var dataVar = options.dataVar === undefined ? 'data' : options.dataVar;
  var text = '';
  for (var i = 0; i < errors.length; i++) {
    if (errors[i]) text += dataVar + errors[i].dataPath + ' ' + errors[i].message + separator;
  }
  return text.slice(0, -separator.length);
}
"""##
}
