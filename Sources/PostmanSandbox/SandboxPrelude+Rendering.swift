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
      return inspect(value, Infinity);
    } finally {
      zeroWithSign = true;
    }
  }

  function inspectKey(key) {
    return isIdentifier(key) ? key : quoteString(key);
  }

  // Renders items while they fit the budget; the rest becomes …(n), as loupe's inspectList does.
  function inspectList(items, budget, render) {
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

  function inspect(value, budget, depth, seen) {
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
      var inner = inspectList(value, budget - 4, function (item, left) { return inspect(item, left, depth + 1, nextSeen); });
      return '[ ' + inner + ' ]';
    }
    var keys = Object.keys(value);
    var prefix = '';
    var proto = Object.getPrototypeOf(value);
    if (proto !== null && proto !== Object.prototype && proto.constructor && proto.constructor.name) {
      prefix = proto.constructor.name;
    }
    if (keys.length === 0) return prefix + '{}';
    var body = inspectList(keys, budget - 4 - prefix.length, function (key, left) {
      var name = inspectKey(key);
      return name + ': ' + inspect(value[key], left - name.length - 2, depth + 1, nextSeen);
    });
    return prefix + '{ ' + body + ' }';
  }

  // chai's objDisplay: the inspected form, or a short summary when it is 40 characters or more.
  function display(value) {
    var text = inspect(value);
    if (text.length >= 40) {
      if (typeof value === 'function') return value.name ? '[Function: ' + value.name + ']' : '[Function]';
      if (Array.isArray(value)) return '[ Array(' + value.length + ') ]';
      if (value !== null && typeof value === 'object' && Object.prototype.toString.call(value) === '[object Object]') {
        var keys = Object.keys(value);
        var shown = keys.length > 2 ? keys.slice(0, 2).join(', ') + ', ...' : keys.join(', ');
        return '{ Object (' + shown + ') }';
      }
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
