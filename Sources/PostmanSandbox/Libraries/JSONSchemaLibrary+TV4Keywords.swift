extension JSONSchemaLibrary {
    /// tv4's validation context and its keyword checks, by type.
    static let tv4KeywordsSource = ##"""
//- $Context
(function () {
  var E = function (code, params, dataPath, schemaPath, subErrors) {
    return new lib.$ValidationError(code, params, dataPath, schemaPath, subErrors);
  };
  function Context(schemas, collectMultiple) {
    this.schemas = {};
    for (var key in schemas) this.schemas[key] = schemas[key];
    this.missing = [];
    this.errors = [];
    this.collectMultiple = collectMultiple;
  }
  Context.prototype.handleError = function (error) {
    if (!this.collectMultiple) return error;
    if (error) this.errors.push(error);
    return null;
  };
  Context.prototype.prefixErrors = function (start, dataPath, schemaPath) {
    for (var i = start; i < this.errors.length; i++) this.errors[i] = this.errors[i].prefixWith(dataPath, schemaPath);
  };
  Context.prototype.validateAll = function (data, schema, dataParts, schemaParts) {
    schema = lib.$resolveRefs(this.schemas, schema, undefined, this.missing);
    if (!schema) return null;
    if (schema instanceof lib.$ValidationError) {
      this.errors.push(schema);
      return schema;
    }
    var errorCount = this.errors.length;
    var error = lib.$tv4Basic(this, data, schema) || lib.$tv4Numeric(this, data, schema) ||
      lib.$tv4String(this, data, schema) || lib.$tv4Array(this, data, schema) ||
      lib.$tv4Object(this, data, schema) || lib.$tv4Combinations(this, data, schema) || null;
    if (error || errorCount !== this.errors.length) {
      while ((dataParts && dataParts.length) || (schemaParts && schemaParts.length)) {
        var dataPart = dataParts && dataParts.length ? '' + dataParts.pop() : null;
        var schemaPart = schemaParts && schemaParts.length ? '' + schemaParts.pop() : null;
        if (error) error = error.prefixWith(dataPart, schemaPart);
        this.prefixErrors(errorCount, dataPart, schemaPart);
      }
    }
    return this.handleError(error);
  };
  Context.prototype.error = E;
  return Context;
})()

//- $tv4Equal
function $tv4Equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    var key;
    if (Array.isArray(a)) {
      if (a.length !== b.length) return false;
      for (key = 0; key < a.length; key++) if (!lib.$tv4Equal(a[key], b[key])) return false;
      return true;
    }
    for (key in a) if (b[key] === undefined && a[key] !== undefined) return false;
    for (key in b) if (a[key] === undefined && b[key] !== undefined) return false;
    for (key in a) if (!lib.$tv4Equal(a[key], b[key])) return false;
    return true;
  }
  return false;
}

//- $tv4Basic
function $tv4Basic(context, data, schema) {
  if (schema.type !== undefined) {
    var dataType = data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data;
    var allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
    var matched = false;
    for (var i = 0; i < allowed.length; i++) {
      if (allowed[i] === dataType || (allowed[i] === 'integer' && dataType === 'number' && data % 1 === 0)) matched = true;
    }
    if (!matched) return context.error(0, { type: dataType, expected: allowed.join('/') }, '', '', null).prefixWith(null, 'type');
  }
  if (schema['enum'] !== undefined) {
    for (var j = 0; j < schema['enum'].length; j++) if (lib.$tv4Equal(data, schema['enum'][j])) return null;
    return context.error(1, { value: JSON.stringify(data) }, '', '', null).prefixWith(null, 'type');
  }
  return null;
}

//- $tv4Numeric
function $tv4Numeric(context, data, schema) {
  if (typeof data !== 'number') return null;
  var multipleOf = schema.multipleOf || schema.divisibleBy;
  if (multipleOf !== undefined) {
    var remainder = (data / multipleOf) % 1;
    if (remainder >= Math.pow(2, -51) && remainder < 1 - Math.pow(2, -51)) {
      return context.error(100, { value: data, multipleOf: multipleOf }, '', '', null);
    }
  }
  if (schema.minimum !== undefined) {
    if (data < schema.minimum) return context.error(101, { value: data, minimum: schema.minimum }, '', '/minimum', null);
    if (schema.exclusiveMinimum && data === schema.minimum) {
      return context.error(102, { value: data, minimum: schema.minimum }, '', '/exclusiveMinimum', null);
    }
  }
  if (schema.maximum !== undefined) {
    if (data > schema.maximum) return context.error(103, { value: data, maximum: schema.maximum }, '', '/maximum', null);
    if (schema.exclusiveMaximum && data === schema.maximum) {
      return context.error(104, { value: data, maximum: schema.maximum }, '', '/exclusiveMaximum', null);
    }
  }
  if (isNaN(data) || data === Infinity || data === -Infinity) return context.error(105, { value: data }, '', '/type', null);
  return null;
}

//- $tv4String
function $tv4String(context, data, schema) {
  if (typeof data !== 'string') return null;
  if (schema.minLength !== undefined && data.length < schema.minLength) {
    return context.error(200, { length: data.length, minimum: schema.minLength }, '', '/minLength', null);
  }
  if (schema.maxLength !== undefined && data.length > schema.maxLength) {
    return context.error(201, { length: data.length, maximum: schema.maxLength }, '', '/maxLength', null);
  }
  if (typeof schema.pattern === 'string' || schema.pattern instanceof RegExp) {
    var regexp = schema.pattern;
    if (!(regexp instanceof RegExp)) {
      var literal = schema.pattern.match(/^\/(.+)\/([img]*)$/);
      regexp = literal ? new RegExp(literal[1], literal[2]) : new RegExp(schema.pattern);
    }
    if (!regexp.test(data)) return context.error(202, { pattern: schema.pattern }, '', '/pattern', null);
  }
  return null;
}

//- $tv4Array
function $tv4Array(context, data, schema) {
  if (!Array.isArray(data)) return null;
  var error, i, j;
  if (schema.minItems !== undefined && data.length < schema.minItems) {
    error = context.error(400, { length: data.length, minimum: schema.minItems }, '', '/minItems', null);
    if (context.handleError(error)) return error;
  }
  if (schema.maxItems !== undefined && data.length > schema.maxItems) {
    error = context.error(401, { length: data.length, maximum: schema.maxItems }, '', '/maxItems', null);
    if (context.handleError(error)) return error;
  }
  if (schema.uniqueItems) {
    for (i = 0; i < data.length; i++) {
      for (j = i + 1; j < data.length; j++) {
        if (lib.$tv4Equal(data[i], data[j])) {
          error = context.error(402, { match1: i, match2: j }, '', '/uniqueItems', null);
          if (context.handleError(error)) return error;
        }
      }
    }
  }
  if (schema.items === undefined) return null;
  if (Array.isArray(schema.items)) {
    for (i = 0; i < data.length; i++) {
      if (i < schema.items.length) {
        if ((error = context.validateAll(data[i], schema.items[i], [i], ['items', i]))) return error;
      } else if (schema.additionalItems !== undefined) {
        if (typeof schema.additionalItems === 'boolean') {
          if (!schema.additionalItems) {
            error = context.error(403, {}, '/' + i, '/additionalItems', null);
            if (context.handleError(error)) return error;
          }
        } else if ((error = context.validateAll(data[i], schema.additionalItems, [i], ['additionalItems']))) {
          return error;
        }
      }
    }
  } else {
    for (i = 0; i < data.length; i++) {
      if ((error = context.validateAll(data[i], schema.items, [i], ['items']))) return error;
    }
  }
  return null;
}

//- $tv4Object
function $tv4Object(context, data, schema) {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  var error, key, i;
  var keys = Object.keys(data);
  if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
    error = context.error(300, { propertyCount: keys.length, minimum: schema.minProperties }, '', '/minProperties', null);
    if (context.handleError(error)) return error;
  }
  if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
    error = context.error(301, { propertyCount: keys.length, maximum: schema.maxProperties }, '', '/maxProperties', null);
    if (context.handleError(error)) return error;
  }
  if (schema.required !== undefined) {
    for (i = 0; i < schema.required.length; i++) {
      if (data[schema.required[i]] === undefined) {
        error = context.error(302, { key: schema.required[i] }, '', '/required/' + i, null);
        if (context.handleError(error)) return error;
      }
    }
  }
  for (key in data) {
    var matched = false;
    if (schema.properties !== undefined && schema.properties[key] !== undefined) {
      matched = true;
      if ((error = context.validateAll(data[key], schema.properties[key], [key], ['properties', key]))) return error;
    }
    if (schema.patternProperties !== undefined) {
      for (var pattern in schema.patternProperties) {
        if (new RegExp(pattern).test(key)) {
          matched = true;
          if ((error = context.validateAll(data[key], schema.patternProperties[pattern], [key], ['patternProperties', pattern]))) return error;
        }
      }
    }
    if (!matched && schema.additionalProperties !== undefined) {
      if (typeof schema.additionalProperties === 'boolean') {
        if (!schema.additionalProperties) {
          error = context.error(303, { key: key }, '', '/additionalProperties', null).prefixWith(key, null);
          if (context.handleError(error)) return error;
        }
      } else if ((error = context.validateAll(data[key], schema.additionalProperties, [key], ['additionalProperties']))) {
        return error;
      }
    }
  }
  if (schema.dependencies !== undefined) {
    for (var depKey in schema.dependencies) {
      if (data[depKey] === undefined) continue;
      var dep = schema.dependencies[depKey];
      if (typeof dep === 'string') {
        if (data[dep] === undefined) {
          error = context.error(304, { key: depKey, missing: dep }, '', '', null).prefixWith(null, depKey).prefixWith(null, 'dependencies');
          if (context.handleError(error)) return error;
        }
      } else if (Array.isArray(dep)) {
        for (i = 0; i < dep.length; i++) {
          if (data[dep[i]] === undefined) {
            error = context.error(304, { key: depKey, missing: dep[i] }, '', '/' + i, null).prefixWith(null, depKey).prefixWith(null, 'dependencies');
            if (context.handleError(error)) return error;
          }
        }
      } else if ((error = context.validateAll(data, dep, [], ['dependencies', depKey]))) {
        return error;
      }
    }
  }
  return null;
}

//- $tv4Combinations
function $tv4Combinations(context, data, schema) {
  var error, i, start, errors;
  if (schema.allOf !== undefined) {
    for (i = 0; i < schema.allOf.length; i++) {
      if ((error = context.validateAll(data, schema.allOf[i], [], ['allOf', i]))) return error;
    }
  }
  if (schema.anyOf !== undefined) {
    errors = [];
    start = context.errors.length;
    var passed = false;
    for (i = 0; i < schema.anyOf.length && !passed; i++) {
      var count = context.errors.length;
      error = context.validateAll(data, schema.anyOf[i], [], ['anyOf', i]);
      if (error === null && count === context.errors.length) {
        context.errors = context.errors.slice(0, start);
        passed = true;
      } else if (error) {
        errors.push(error.prefixWith(null, '' + i).prefixWith(null, 'anyOf'));
      }
    }
    if (!passed) {
      errors = errors.concat(context.errors.slice(start));
      context.errors = context.errors.slice(0, start);
      return context.error(10, {}, '', '/anyOf', errors);
    }
  }
  if (schema.oneOf !== undefined) {
    var validIndex = null;
    errors = [];
    start = context.errors.length;
    for (i = 0; i < schema.oneOf.length; i++) {
      var before = context.errors.length;
      error = context.validateAll(data, schema.oneOf[i], [], ['oneOf', i]);
      if (error === null && before === context.errors.length) {
        if (validIndex !== null) {
          context.errors = context.errors.slice(0, start);
          return context.error(12, { index1: validIndex, index2: i }, '', '/oneOf', null);
        }
        validIndex = i;
      } else if (error) {
        errors.push(error);
      }
    }
    if (validIndex === null) {
      errors = errors.concat(context.errors.slice(start));
      context.errors = context.errors.slice(0, start);
      return context.error(11, {}, '', '/oneOf', errors);
    }
    context.errors = context.errors.slice(0, start);
  }
  if (schema.not !== undefined) {
    start = context.errors.length;
    error = context.validateAll(data, schema.not, null, null);
    var notErrors = context.errors.slice(start);
    context.errors = context.errors.slice(0, start);
    if (error === null && notErrors.length === 0) return context.error(13, {}, '', '/not', null);
  }
  return null;
}
"""##
}
