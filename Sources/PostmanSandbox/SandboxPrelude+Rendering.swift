extension SandboxPrelude {
    /// Value rendering as chai 4 (loupe) does it, and deep-eql equality.
    static let rendering = ##"""
  // ---------------------------------------------------------------- value rendering (chai/loupe style)
  // No regular expressions here: the sandbox must start even where the engine has no RegExp.
  function isIdentifier(key) {
    if (key.length === 0) return false;
    for (var i = 0; i < key.length; i++) {
      var c = key.charAt(i);
      var letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
    }
    return true;
  }

  function isDate(value) {
    return Object.prototype.toString.call(value) === '[object Date]';
  }

  function isRegExp(value) {
    return Object.prototype.toString.call(value) === '[object RegExp]';
  }

  function typeName(value) {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    var type = typeof value;
    if (type !== 'object') return type;
    var tag = Object.prototype.toString.call(value).slice(8, -1);
    return tag.toLowerCase();
  }

  function quoteString(text) {
    var out = "'";
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i), code = text.charCodeAt(i);
      if (c === "'") out += "\\'";
      else if (c === '\\') out += '\\\\';
      else if (c === '\n') out += '\\n';
      else if (c === '\t') out += '\\t';
      else if (c === '\r') out += '\\r';
      else if (c === '\b') out += '\\b';
      else if (c === '\f') out += '\\f';
      else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += '\\u' + ('0000' + code.toString(16)).slice(-4);
      else out += c;
    }
    return out + "'";
  }

  function inspectString(text, limit) {
    var quoted = quoteString(text);
    if (quoted.length > limit) quoted = quoted.slice(0, Math.max(1, limit - 2)) + "…'";
    return quoted;
  }

  // chai writes zero as +0; Node's console writes 0. Console formatting turns this off while it renders.
  var zeroWithSign = true;

  function inspectNumber(value) {
    if (value === 0) return 1 / value < 0 ? '-0' : (zeroWithSign ? '+0' : '0');
    return String(value);
  }

  function inspectForConsole(value) {
    zeroWithSign = false;
    try {
      return nodeStyleInspect(value, Infinity);
    } finally {
      zeroWithSign = true;
    }
  }

  function inspectKey(key) {
    return isIdentifier(key) ? key : quoteString(key);
  }

  // The console's rendering (close to chai's, but depth-limited): items while they fit the budget, then …(n).
  function nodeStyleList(items, budget, render) {
    var parts = [];
    var used = 0;
    for (var i = 0; i < items.length; i++) {
      var remaining = items.length - i;
      var text = render(items[i], budget - used);
      var separator = parts.length ? 2 : 0;
      var tail = remaining > 1 ? (', …(' + (remaining - 1) + ')').length : 0;
      if (used + separator + text.length + tail > budget && parts.length > 0) {
        parts.push('…(' + remaining + ')');
        return parts.join(', ');
      }
      if (used + separator + text.length > budget && parts.length === 0 && remaining > 0) {
        return '…(' + remaining + ')';
      }
      parts.push(text);
      used += separator + text.length;
    }
    return parts.join(', ');
  }

  function nodeStyleInspect(value, budget, depth, seen) {
    if (budget === undefined) budget = 40;
    if (depth === undefined) depth = 0;
    seen = seen || [];
    switch (typeof value) {
      case 'undefined': return 'undefined';
      case 'boolean': return String(value);
      case 'number': return inspectNumber(value);
      case 'string': return inspectString(value, budget);
      case 'symbol': return String(value);
      case 'function': return value.name ? '[Function ' + value.name + ']' : '[Function]';
    }
    if (value === null) return 'null';
    if (seen.indexOf(value) >= 0) return '[Circular]';
    if (isDate(value)) return isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (isRegExp(value)) return String(value);
    if (value instanceof Error) return value.name + ': ' + value.message;
    if (depth > 2) return Array.isArray(value) ? '[ Array(' + value.length + ') ]' : '[Object]';
    var nextSeen = seen.concat([value]);
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      var inner = nodeStyleList(value, budget - 4, function (item, left) { return nodeStyleInspect(item, left, depth + 1, nextSeen); });
      return '[ ' + inner + ' ]';
    }
    var keys = Object.keys(value);
    var prefix = '';
    var proto = Object.getPrototypeOf(value);
    if (proto !== null && proto !== Object.prototype && proto.constructor && proto.constructor.name) {
      prefix = proto.constructor.name;
    }
    if (keys.length === 0) return prefix + '{}';
    var body = nodeStyleList(keys, budget - 4 - prefix.length, function (key, left) {
      var name = inspectKey(key);
      return name + ': ' + nodeStyleInspect(value[key], left - name.length - 2, depth + 1, nextSeen);
    });
    return prefix + '{ ' + body + ' }';
  }

  // ---------------------------------------------------------------- chai's inspect (loupe 2.3)
  // Each render gets its own copy of the budget; the `seen` list is shared down the tree, for [Circular].
  // The budget arithmetic below mirrors loupe's exactly, since chai's messages depend on where it cuts.
  var ellipsis = '…';

  function clip(text, limit) {
    text = String(text);
    if (limit < 1 && text.length > 1) return ellipsis;
    if (text.length > limit && text.length > 1) return text.slice(0, limit - 1) + ellipsis;
    return text;
  }

  // loupe escapes quotes, control characters and invisible or special code points, but not backslashes.
  function needsEscape(code) {
    return code === 0x27 || code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0xad ||
      (code >= 0x600 && code <= 0x604) || code === 0x70f || code === 0x17b4 || code === 0x17b5 ||
      (code >= 0x200c && code <= 0x200f) || (code >= 0x2028 && code <= 0x202f) || (code >= 0x2060 && code <= 0x206f) ||
      code === 0xfeff || code >= 0xfff0;
  }
  var shortEscapes = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', "'": "\\'" };

  function renderString(text, options) {
    var escaped = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i), code = text.charCodeAt(i);
      if (!needsEscape(code)) escaped += c;
      else escaped += shortEscapes[c] || '\\u' + ('0000' + code.toString(16)).slice(-4);
    }
    return "'" + clip(escaped, options.budget - 2) + "'";
  }

  function renderNumber(value, options) {
    if (value !== value) return 'NaN';
    if (value === Infinity) return 'Infinity';
    if (value === -Infinity) return '-Infinity';
    if (value === 0) return 1 / value > 0 ? '+0' : '-0';
    return clip(value, options.budget);
  }

  function functionName(fn) {
    return typeof fn === 'function' ? fn.name : null;
  }

  // Lists items while they fit; what does not fit becomes …(n). It looks one item ahead, and that look-ahead is
  // reused as the next item's text, rendered with the budget of the item before it, as loupe does.
  function renderList(list, options, renderItem) {
    renderItem = renderItem || renderValue;
    var count = list.length;
    if (count === 0) return '';
    var total = options.budget;
    var output = '', lookahead = '', rest = '';
    for (var i = 0; i < count; i++) {
      var last = i + 1 === count, nextToLast = i + 2 === count;
      rest = ellipsis + '(' + (count - i) + ')';
      options.budget = total - output.length - (last ? 0 : 2);
      var text = lookahead || renderItem(list[i], options) + (last ? '' : ', ');
      var withText = output.length + text.length;
      var withRest = withText + rest.length;
      if (last && withText > total && output.length + rest.length <= total) break;
      if (!last && !nextToLast && withRest > total) break;
      lookahead = last ? '' : renderItem(list[i + 1], options) + (nextToLast ? '' : ', ');
      if (!last && nextToLast && withRest > total && withText + lookahead.length > total) break;
      output += text;
      if (!last && !nextToLast && withText + lookahead.length >= total) {
        rest = ellipsis + '(' + (count - i - 1) + ')';
        break;
      }
      rest = '';
    }
    return output + rest;
  }

  function objectKey(key) {
    if (isIdentifier(key)) return key;
    var json = JSON.stringify(key).split("'").join("\\'").split('\\"').join('"');
    return "'" + json.slice(1, -1) + "'";
  }

  function renderProperty(pair, options) {
    var key = pair[0];
    options.budget -= 2;
    if (typeof key === 'string') key = objectKey(key);
    else if (typeof key !== 'number') key = '[' + renderValue(key, options) + ']';
    options.budget -= key.length;
    return key + ': ' + renderValue(pair[1], options);
  }

  function renderMapEntry(pair, options) {
    options.budget -= 4;
    var key = renderValue(pair[0], options);
    options.budget -= key.length;
    return key + ' => ' + renderValue(pair[1], options);
  }

  function propertyPairs(object, keys) {
    return keys.map(function (key) { return [key, object[key]]; });
  }

  function renderArray(array, options) {
    // Object.keys lists the indices first, so what follows array.length entries are the other properties.
    var extraKeys = Object.keys(array).slice(array.length);
    if (!array.length && !extraKeys.length) return '[]';
    options.budget -= 4;
    var items = renderList(array, options);
    options.budget -= items.length;
    var extras = extraKeys.length ? renderList(propertyPairs(array, extraKeys), options, renderProperty) : '';
    return '[ ' + items + (extras ? ', ' + extras : '') + ' ]';
  }

  function renderObject(object, options) {
    var names = Object.getOwnPropertyNames(object);
    var symbols = Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(object) : [];
    if (names.length === 0 && symbols.length === 0) return '{}';
    options.budget -= 4;
    if (options.seen.indexOf(object) >= 0) return '[Circular]';
    options.seen.push(object);
    var named = renderList(propertyPairs(object, names), options, renderProperty);
    var symbolic = renderList(propertyPairs(object, symbols), options, renderProperty);
    options.seen.pop();
    return '{ ' + named + (named && symbolic ? ', ' : '') + symbolic + ' }';
  }

  function renderInstance(object, options) {
    var name = typeof Symbol !== 'undefined' && Symbol.toStringTag && Symbol.toStringTag in object
      ? object[Symbol.toStringTag] : '';
    name = name || functionName(object.constructor);
    if (!name || name === '_class') name = '<Anonymous Class>';
    options.budget -= name.length;
    return name + renderObject(object, options);
  }

  var hiddenErrorKeys = ['stack', 'line', 'column', 'name', 'message', 'fileName', 'lineNumber', 'columnNumber',
    'number', 'description'];

  function renderError(error, options) {
    var keys = Object.getOwnPropertyNames(error).filter(function (key) { return hiddenErrorKeys.indexOf(key) === -1; });
    var name = error.name;
    options.budget -= name.length;
    var message = '';
    if (typeof error.message === 'string') message = clip(error.message, options.budget);
    else keys.unshift('message');
    message = message ? ': ' + message : '';
    options.budget -= message.length + 5;
    var extras = renderList(propertyPairs(error, keys), options, renderProperty);
    return name + message + (extras ? ' { ' + extras + ' }' : '');
  }

  function renderDate(date, options) {
    var json = date.toJSON();
    if (json === null) return 'Invalid Date';
    var day = json.split('T')[0];
    return day + 'T' + clip(json.split('T')[1], options.budget - day.length - 1);
  }

  function renderRegExp(regexp, options) {
    var flags = String(regexp).split('/')[2];
    return '/' + clip(regexp.source, options.budget - (2 + flags.length)) + '/' + flags;
  }

  function renderMap(map, options) {
    // loupe's off-by-one: a Map with a single entry prints as Map{} too.
    if (map.size - 1 <= 0) return 'Map{}';
    options.budget -= 7;
    var entries = [];
    map.forEach(function (value, key) { entries.push([key, value]); });
    return 'Map{ ' + renderList(entries, options, renderMapEntry) + ' }';
  }

  function renderSet(set, options) {
    if (set.size === 0) return 'Set{}';
    options.budget -= 7;
    var values = [];
    set.forEach(function (value) { values.push(value); });
    return 'Set{ ' + renderList(values, options) + ' }';
  }

  function renderArguments(args, options) {
    if (args.length === 0) return 'Arguments[]';
    options.budget -= 13;
    return 'Arguments[ ' + renderList(args, options) + ' ]';
  }

  function renderFunction(fn, options) {
    var name = functionName(fn);
    return name ? '[Function ' + clip(name, options.budget - 11) + ']' : '[Function]';
  }

  var renderersByType = {
    'undefined': function () { return 'undefined'; },
    'null': function () { return 'null'; },
    'boolean': function (value) { return String(value); },
    'Boolean': function (value) { return String(value); },
    'number': renderNumber, 'Number': renderNumber,
    'bigint': function (value, options) {
      var digits = clip(value.toString(), options.budget - 1);
      return digits === ellipsis ? digits : digits + 'n';
    },
    'string': function (value, options) { return renderString(String(value), options); },
    'String': function (value, options) { return renderString(String(value), options); },
    'function': renderFunction, 'Function': renderFunction,
    'symbol': function (value) { return value.description ? 'Symbol(' + value.description + ')' : 'Symbol()'; },
    'Array': renderArray, 'Date': renderDate, 'Map': renderMap, 'Set': renderSet, 'RegExp': renderRegExp,
    'Promise': function () { return 'Promise{…}'; },
    'WeakSet': function () { return 'WeakSet{…}'; },
    'WeakMap': function () { return 'WeakMap{…}'; },
    'Arguments': renderArguments, 'Error': renderError,
    'Generator': function () { return ''; }, 'DataView': function () { return ''; },
    'ArrayBuffer': function () { return ''; }
  };

  function renderValue(value, parentOptions) {
    var options = { budget: parentOptions.budget, seen: parentOptions.seen };
    var type = value === null ? 'null' : typeof value;
    if (type === 'object') type = Object.prototype.toString.call(value).slice(8, -1);
    if (Object.prototype.hasOwnProperty.call(renderersByType, type)) return renderersByType[type](value, options);
    if (value) {
      var custom = customRendering(value, options);
      if (custom) return typeof custom === 'string' ? custom : renderValue(custom, options);
    }
    var proto = value ? Object.getPrototypeOf(value) : false;
    if (proto === Object.prototype || proto === null) return renderObject(value, options);
    if ('constructor' in value) {
      return value.constructor !== Object ? renderInstance(value, options) : renderObject(value, options);
    }
    if (value === Object(value)) return renderObject(value, options);
    return String(value);
  }

  // Objects may render themselves, through chai's inspect symbol or an inspect() method (moment does).
  function customRendering(value, options) {
    var chaiInspect = typeof Symbol === 'function' && Symbol['for'] ? Symbol['for']('chai/inspect') : '@@chai/inspect';
    if (chaiInspect in value && typeof value[chaiInspect] === 'function') return value[chaiInspect](options);
    if ('inspect' in value && typeof value.inspect === 'function') return value.inspect(2, options);
    return '';
  }

  // chai's inspect: loupe with a 40-character budget (or another limit) and nothing seen yet.
  function inspect(value, budget) {
    return renderValue(value, { budget: budget === undefined ? 40 : budget, seen: [] });
  }

  // chai's objDisplay: the inspected form, or a short summary when it is 40 characters or more.
  function display(value) {
    var text = inspect(value);
    if (text.length < 40) return text;
    var tag = Object.prototype.toString.call(value);
    if (tag === '[object Function]') return value.name ? '[Function: ' + value.name + ']' : '[Function]';
    if (tag === '[object Array]') return '[ Array(' + value.length + ') ]';
    if (tag === '[object Object]') {
      var keys = Object.keys(value);
      return '{ Object (' + (keys.length > 2 ? keys.slice(0, 2).join(', ') + ', ...' : keys.join(', ')) + ') }';
    }
    return text;
  }

  // ---------------------------------------------------------------- deep equality (deep-eql rules)
  function deepEqual(left, right, memo) {
    if (left === right) return left !== 0 || 1 / left === 1 / right;
    if (left !== left && right !== right) return true;
    if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object') {
      return false;
    }
    if (typeName(left) !== typeName(right)) return false;
    memo = memo || [];
    for (var m = 0; m < memo.length; m++) {
      if (memo[m][0] === left && memo[m][1] === right) return true;
    }
    memo.push([left, right]);
    var type = typeName(left);
    if (type === 'date') return left.getTime() === right.getTime();
    if (type === 'regexp') return String(left) === String(right);
    if (type === 'error') return left.name === right.name && left.message === right.message && left.code === right.code;
    if (type === 'array' || type === 'arguments') {
      if (left.length !== right.length) return false;
      for (var i = 0; i < left.length; i++) if (!deepEqual(left[i], right[i], memo)) return false;
      return true;
    }
    if (type === 'map' || type === 'set') {
      if (left.size !== right.size) return false;
      var a = Array.from(left).sort(), b = Array.from(right).sort();
      return deepEqual(a, b, memo);
    }
    var leftKeys = [], rightKeys = [];
    for (var key in left) leftKeys.push(key);
    for (var key2 in right) rightKeys.push(key2);
    if (leftKeys.length !== rightKeys.length) return false;
    leftKeys.sort();
    rightKeys.sort();
    for (var k = 0; k < leftKeys.length; k++) if (leftKeys[k] !== rightKeys[k]) return false;
    for (var j = 0; j < leftKeys.length; j++) {
      if (!deepEqual(left[leftKeys[j]], right[leftKeys[j]], memo)) return false;
    }
    return true;
  }

"""##
}
