extension LodashLibrary {
    /// Lang functions both versions share.
    static let lang = ##"""
//- isArray
function isArray(value) {
  return Array.isArray(value);
}
//- isArguments
function isArguments(value) {
  return value !== null && typeof value == 'object' && lib.$tag(value) == '[object Arguments]';
}
//- isObject
function isObject(value) {
  var type = typeof value;
  return value != null && (type == 'object' || type == 'function');
}
//- isPlainObject
function isPlainObject(value) {
  if (value == null || typeof value != 'object' || lib.$tag(value) != '[object Object]') return false;
  var proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  var Ctor = Object.prototype.hasOwnProperty.call(proto, 'constructor') && proto.constructor;
  return typeof Ctor == 'function' && Ctor instanceof Ctor && Function.prototype.toString.call(Ctor) == Function.prototype.toString.call(Object);
}
//- isString
function isString(value) {
  return typeof value == 'string' || (value != null && typeof value == 'object' && !Array.isArray(value) && lib.$tag(value) == '[object String]');
}
//- isNumber
function isNumber(value) {
  return typeof value == 'number' || (value != null && typeof value == 'object' && lib.$tag(value) == '[object Number]');
}
//- isBoolean
function isBoolean(value) {
  return value === true || value === false || (value != null && typeof value == 'object' && lib.$tag(value) == '[object Boolean]');
}
//- isNaN
function isNaN(value) {
  return lib.isNumber(value) && value != +value;
}
//- isNull
function isNull(value) {
  return value === null;
}
//- isUndefined
function isUndefined(value) {
  return value === undefined;
}
//- isFunction
function isFunction(value) {
  return typeof value == 'function';
}
//- isDate
function isDate(value) {
  return value != null && typeof value == 'object' && lib.$tag(value) == '[object Date]';
}
//- isRegExp
function isRegExp(value) {
  return value != null && typeof value == 'object' && lib.$tag(value) == '[object RegExp]';
}
//- isError
function isError(value) {
  if (value == null || typeof value != 'object') return false;
  var tag = lib.$tag(value);
  return tag == '[object Error]' || tag == '[object DOMException]' ||
    (typeof value.message == 'string' && typeof value.name == 'string' && !lib.isPlainObject(value));
}
//- isFinite
function isFinite(value) {
  return typeof value == 'number' && Number.isFinite(value);
}
//- isElement
function isElement(value) {
  return value != null && typeof value == 'object' && value.nodeType === 1 && !lib.isPlainObject(value);
}
//- isTypedArray
function isTypedArray(value) {
  return value != null && typeof value == 'object' && /^\[object (?:Float(?:32|64)|(?:Int|Uint)(?:8|16|32)|Uint8Clamped)Array\]$/.test(lib.$tag(value));
}
//- isEmpty
function isEmpty(value) {
  if (value == null) return true;
  if (lib.$isArrayLike(value) && (Array.isArray(value) || typeof value == 'string' || typeof value.splice == 'function' || lib.isArguments(value))) {
    return !value.length;
  }
  var tag = lib.$tag(value);
  if (tag == '[object Map]' || tag == '[object Set]') return !value.size;
  for (var key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key)) return false;
  }
  return true;
}
//- isMatch
function isMatch(object, source) {
  return object === source || lib.$isMatch(object, source);
}
//- $isMatch
function baseIsMatch(object, source) {
  var props = lib.keys(source);
  if (object == null) return !props.length;
  object = Object(object);
  return props.every(function (key) {
    var srcValue = source[key];
    if (!(key in object)) return false;
    return lib.$isMatchValue(object[key], srcValue);
  });
}
//- $isMatchValue
function isMatchValue(objValue, srcValue) {
  if (lib.isPlainObject(srcValue) && lib.isObject(objValue)) return lib.$isMatch(objValue, srcValue);
  if (Array.isArray(srcValue) && Array.isArray(objValue)) {
    return srcValue.length <= objValue.length && srcValue.every(function (item) {
      return objValue.some(function (other) { return lib.$isMatchValue(other, item); });
    });
  }
  return lib.isEqual(objValue, srcValue);
}
//- eq
function eq(value, other) {
  return lib.$sameValueZero(value, other);
}
//- isEqual
function isEqual(value, other) {
  return lib.$isEqual(value, other, undefined, []);
}
//- $isEqual
function baseIsEqual(value, other, customizer, stack) {
  if (value === other) return true;
  if (value == null || other == null || (typeof value != 'object' && typeof other != 'object')) {
    return value !== value && other !== other;
  }
  var tag = lib.$tag(value), otherTag = lib.$tag(other);
  if (tag == '[object Arguments]') tag = '[object Object]';
  if (otherTag == '[object Arguments]') otherTag = '[object Object]';
  if (tag != otherTag) return false;
  switch (tag) {
    case '[object Boolean]':
    case '[object Date]':
    case '[object Number]':
      return lib.$sameValueZero(+value, +other);
    case '[object Error]':
      return value.name == other.name && value.message == other.message;
    case '[object RegExp]':
    case '[object String]':
      return value == String(other);
    case '[object Symbol]':
      return Symbol.prototype.valueOf.call(value) === Symbol.prototype.valueOf.call(other);
  }
  if (typeof value != 'object' || typeof other != 'object') return false;
  for (var s = 0; s < stack.length; s++) {
    if (stack[s][0] === value && stack[s][1] === other) return true;
    if (stack[s][0] === value || stack[s][1] === other) return false;
  }
  stack.push([value, other]);
  var result = lib.$equalObjects(value, other, tag, customizer, stack);
  stack.pop();
  return result;
}
//- $equalObjects
function equalObjects(value, other, tag, customizer, stack) {
  var compare = function (a, b, key) {
    var result = customizer ? customizer(a, b, key, value, other, stack) : undefined;
    return result === undefined ? lib.$isEqual(a, b, customizer, stack) : !!result;
  };
  if (tag == '[object Map]' || tag == '[object Set]') {
    if (value.size != other.size) return false;
    var left = Array.from(value), right = Array.from(other);
    return left.every(function (entry) {
      return right.some(function (candidate) { return compare(entry, candidate); });
    });
  }
  if (Array.isArray(value) || /Array\]$/.test(tag)) {
    if (value.length != other.length) return false;
    for (var i = 0; i < value.length; i++) if (!compare(value[i], other[i], i)) return false;
    return true;
  }
  if (tag != '[object Object]') return false;
  var props = lib.$ownEnumerable(value), otherProps = lib.$ownEnumerable(other);
  if (props.length != otherProps.length) return false;
  for (var j = 0; j < props.length; j++) {
    var key = props[j];
    if (!Object.prototype.hasOwnProperty.call(other, key)) return false;
    if (!compare(value[key], other[key], key)) return false;
  }
  var ctor = value.constructor, otherCtor = other.constructor;
  if (ctor != otherCtor && ('constructor' in value && 'constructor' in other) &&
      !(typeof ctor == 'function' && ctor instanceof ctor && typeof otherCtor == 'function' && otherCtor instanceof otherCtor)) {
    return false;
  }
  return true;
}
//- $ownEnumerable
function ownEnumerable(object) {
  return lib.keys(object).concat(Object.getOwnPropertySymbols(object).filter(function (symbol) {
    return Object.prototype.propertyIsEnumerable.call(object, symbol);
  }));
}
//- clone
function clone(value) {
  return lib.$clone(value, false, undefined, []);
}
//- cloneDeep
function cloneDeep(value) {
  return lib.$clone(value, true, undefined, []);
}
//- $clone
function baseClone(value, isDeep, customizer, stack, key, parent) {
  var result = customizer ? (parent ? customizer(value, key, parent, stack) : customizer(value)) : undefined;
  if (result !== undefined) return result;
  if (!lib.isObject(value)) return value;
  for (var s = 0; s < stack.length; s++) if (stack[s][0] === value) return stack[s][1];
  var tag = lib.$tag(value), isFunc = typeof value == 'function';
  var Ctor = value.constructor;
  if (Array.isArray(value)) {
    result = new Array(value.length);
    if (value.length && typeof value[0] == 'string' && Object.prototype.hasOwnProperty.call(value, 'index')) {
      result.index = value.index;
      result.input = value.input;
    }
    if (!isDeep) { for (var i = 0; i < value.length; i++) result[i] = value[i]; return result; }
  } else if (tag == '[object Object]' || tag == '[object Arguments]' || (isFunc && !parent)) {
    result = (isFunc || tag == '[object Arguments]') ? {} : lib.$initCloneObject(value);
    if (!isDeep) { lib.$allKeysOwn(value).forEach(function (k) { result[k] = value[k]; }); return result; }
  } else {
    switch (tag) {
      case '[object Date]': case '[object Number]': case '[object Boolean]':
        return new Ctor(+value);
      case '[object String]':
        return new Ctor(value);
      case '[object RegExp]':
        result = new value.constructor(value.source, /\w*$/.exec(value));
        result.lastIndex = value.lastIndex;
        return result;
      case '[object Symbol]':
        return Object(Symbol.prototype.valueOf.call(value));
      case '[object Map]':
        result = new Ctor();
        stack.push([value, result]);
        value.forEach(function (v, k) { result.set(k, isDeep ? baseClone(v, isDeep, customizer, stack, k, value) : v); });
        stack.pop();
        return result;
      case '[object Set]':
        result = new Ctor();
        stack.push([value, result]);
        value.forEach(function (v) { result.add(isDeep ? baseClone(v, isDeep, customizer, stack, v, value) : v); });
        stack.pop();
        return result;
      default:
        return parent ? value : {};
    }
  }
  stack.push([value, result]);
  var props = Array.isArray(value) ? null : lib.$allKeysOwn(value);
  (props || Object.keys(value)).forEach(function (k) {
    if (props === null && !lib.$isIndex(k, value.length)) return;
    result[k] = baseClone(value[k], isDeep, customizer, stack, k, value);
  });
  stack.pop();
  return result;
}
//- $initCloneObject
function initCloneObject(object) {
  var proto = Object.getPrototypeOf(object);
  var isPrototype = object.constructor && typeof object.constructor == 'function' && object.constructor.prototype === object;
  return (typeof object.constructor == 'function' && !isPrototype) ? Object.create(proto) : {};
}
//- $allKeysOwn
function allKeysOwn(object) {
  return lib.$ownEnumerable(object);
}
//- toArray
function toArray(value) {
  if (!value) return [];
  if (lib.$isArrayLike(value)) return typeof value == 'string' ? Array.from(value) : Array.prototype.slice.call(value);
  var tag = lib.$tag(value);
  if (tag == '[object Map]') return Array.from(value.entries());
  if (tag == '[object Set]') return Array.from(value.values());
  return lib.values(value);
}
//- toString
function toString(value) {
  return lib.$toString(value);
}
//- toPlainObject
function toPlainObject(value) {
  var result = {};
  lib.keysIn(value).forEach(function (key) { result[key] = value[key]; });
  return result;
}
//- gt
function gt(value, other) {
  return value > other;
}
//- gte
function gte(value, other) {
  return value >= other;
}
//- lt
function lt(value, other) {
  return value < other;
}
//- lte
function lte(value, other) {
  return value <= other;
}
"""##

    /// Lang functions only lodash 4 has.
    static let lang4 = ##"""
//- isArrayLike
function isArrayLike(value) {
  return lib.$isArrayLike(value);
}
//- isArrayLikeObject
function isArrayLikeObject(value) {
  return value !== null && typeof value == 'object' && lib.$isArrayLike(value);
}
//- isObjectLike
function isObjectLike(value) {
  return value != null && typeof value == 'object';
}
//- isNil
function isNil(value) {
  return value == null;
}
//- isSymbol
function isSymbol(value) {
  return typeof value == 'symbol' || (value != null && typeof value == 'object' && lib.$tag(value) == '[object Symbol]');
}
//- isMap
function isMap(value) {
  return value != null && typeof value == 'object' && lib.$tag(value) == '[object Map]';
}
//- isSet
function isSet(value) {
  return value != null && typeof value == 'object' && lib.$tag(value) == '[object Set]';
}
//- isInteger
function isInteger(value) {
  return typeof value == 'number' && value == lib.$toInteger(value);
}
//- isSafeInteger
function isSafeInteger(value) {
  return lib.isInteger(value) && value >= -9007199254740991 && value <= 9007199254740991;
}
//- isLength
function isLength(value) {
  return lib.$isLength(value);
}
//- isEqualWith
function isEqualWith(value, other, customizer) {
  customizer = typeof customizer == 'function' ? customizer : undefined;
  var result = customizer ? customizer(value, other) : undefined;
  return result === undefined ? lib.$isEqual(value, other, customizer, []) : !!result;
}
//- cloneWith
function cloneWith(value, customizer) {
  return lib.$clone(value, false, typeof customizer == 'function' ? customizer : undefined, []);
}
//- cloneDeepWith
function cloneDeepWith(value, customizer) {
  return lib.$clone(value, true, typeof customizer == 'function' ? customizer : undefined, []);
}
//- toNumber
function toNumber(value) {
  return lib.$toNumber(value);
}
//- toInteger
function toInteger(value) {
  return lib.$toInteger(value);
}
//- toFinite
function toFinite(value) {
  return lib.$toFinite(value);
}
//- toSafeInteger
function toSafeInteger(value) {
  if (!value) return value === 0 ? value : 0;
  return Math.max(-9007199254740991, Math.min(lib.$toInteger(value), 9007199254740991));
}
//- toLength
function toLength(value) {
  if (!value) return 0;
  return Math.max(0, Math.min(lib.$toInteger(value), 4294967295));
}
//- castArray
function castArray() {
  if (!arguments.length) return [];
  var value = arguments[0];
  return Array.isArray(value) ? value : [value];
}
//- isWeakMap
function isWeakMap(value) {
  return value != null && typeof value == 'object' && lib.$tag(value) == '[object WeakMap]';
}
//- isWeakSet
function isWeakSet(value) {
  return value != null && typeof value == 'object' && lib.$tag(value) == '[object WeakSet]';
}
"""##
}
