extension LodashLibrary {
    /// String functions both versions share.
    static let string = ##"""
//- words
function words(string, pattern, guard) {
  string = lib.$toString(string);
  pattern = guard ? undefined : pattern;
  if (pattern === undefined) return string.match(lib.$wordPattern(string)) || [];
  return string.match(pattern) || [];
}
//- $wordPattern
function wordPattern(string) {
  // Plain ASCII text splits on separators; text with case changes, digits next to letters or symbols uses the
  // full pattern, which also splits camelCase and keeps contractions and ordinals together.
  if (!/[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/.test(string)) {
    return /[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;
  }
  var upper = '[A-Z\\xc0-\\xd6\\xd8-\\xde]', lower = '[a-z\\xdf-\\xf6\\xf8-\\xff]';
  var other = '[^\\x00-\\x40\\x5b-\\x60\\x7b-\\xbf\\xd7\\xf7A-Za-z\\xc0-\\xd6\\xd8-\\xde\\xdf-\\xf6\\xf8-\\xff\\u2000-\\u206f\\s]';
  var brk = '[\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\xd7\\xf7\\u2000-\\u206f\\s]';
  var miscUpper = '(?:' + upper + '|' + other + ')', miscLower = '(?:' + lower + '|' + other + ')';
  var contrLower = "(?:['\\u2019](?:d|ll|m|re|s|t|ve))?", contrUpper = "(?:['\\u2019](?:D|LL|M|RE|S|T|VE))?";
  return new RegExp([
    upper + '?' + lower + '+' + contrLower + '(?=' + brk + '|' + upper + '|$)',
    miscUpper + '+' + contrUpper + '(?=' + brk + '|' + upper + miscLower + '|$)',
    upper + '?' + miscLower + '+' + contrLower,
    upper + '+' + contrUpper,
    '\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])',
    '\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])',
    '\\d+'
  ].join('|'), 'g');
}
//- $compoundWords
function compoundWords(string) {
  return lib.words(lib.deburr(string).replace(/['\u2019]/g, ''));
}
//- camelCase
function camelCase(string) {
  return lib.$compoundWords(string).reduce(function (result, word, index) {
    word = word.toLowerCase();
    return result + (index ? word.charAt(0).toUpperCase() + word.slice(1) : word);
  }, '');
}
//- kebabCase
function kebabCase(string) {
  return lib.$compoundWords(string).map(function (word) { return word.toLowerCase(); }).join('-');
}
//- snakeCase
function snakeCase(string) {
  return lib.$compoundWords(string).map(function (word) { return word.toLowerCase(); }).join('_');
}
//- startCase
function startCase(string) {
  return lib.$compoundWords(string).map(function (word) { return word.charAt(0).toUpperCase() + word.slice(1); }).join(' ');
}
//- capitalize
function capitalize(string) {
  string = lib.$toString(string).toLowerCase();
  return string.charAt(0).toUpperCase() + string.slice(1);
}
//- deburr
function deburr(string) {
  var map = lib.$deburrMap;
  return lib.$toString(string).replace(/[\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u017f]/g, function (letter) {
    return map[letter] !== undefined ? map[letter] : letter;
  }).replace(/[\u0300-\u036f\ufe20-\ufe2f\u20d0-\u20ff]/g, '');
}
//- $deburrMap
function deburrMap() {
  var map = {};
  var table = [
    '\xc0\xc1\xc2\xc3\xc4\xc5', 'A', '\xe0\xe1\xe2\xe3\xe4\xe5', 'a', '\xc7', 'C', '\xe7', 'c', '\xd0', 'D', '\xf0', 'd',
    '\xc8\xc9\xca\xcb', 'E', '\xe8\xe9\xea\xeb', 'e', '\xcc\xcd\xce\xcf', 'I', '\xec\xed\xee\xef', 'i', '\xd1', 'N', '\xf1', 'n',
    '\xd2\xd3\xd4\xd5\xd6\xd8', 'O', '\xf2\xf3\xf4\xf5\xf6\xf8', 'o', '\xd9\xda\xdb\xdc', 'U', '\xf9\xfa\xfb\xfc', 'u',
    '\xdd', 'Y', '\xfd\xff', 'y', '\xc6', 'Ae', '\xe6', 'ae', '\xde', 'Th', '\xfe', 'th', '\xdf', 'ss',
    '\u0100\u0102\u0104', 'A', '\u0101\u0103\u0105', 'a', '\u0106\u0108\u010a\u010c', 'C', '\u0107\u0109\u010b\u010d', 'c',
    '\u010e\u0110', 'D', '\u010f\u0111', 'd', '\u0112\u0114\u0116\u0118\u011a', 'E', '\u0113\u0115\u0117\u0119\u011b', 'e',
    '\u011c\u011e\u0120\u0122', 'G', '\u011d\u011f\u0121\u0123', 'g', '\u0124\u0126', 'H', '\u0125\u0127', 'h',
    '\u0128\u012a\u012c\u012e\u0130', 'I', '\u0129\u012b\u012d\u012f\u0131', 'i', '\u0134', 'J', '\u0135', 'j',
    '\u0136', 'K', '\u0137\u0138', 'k', '\u0139\u013b\u013d\u013f\u0141', 'L', '\u013a\u013c\u013e\u0140\u0142', 'l',
    '\u0143\u0145\u0147\u014a', 'N', '\u0144\u0146\u0148\u014b', 'n', '\u014c\u014e\u0150', 'O', '\u014d\u014f\u0151', 'o',
    '\u0154\u0156\u0158', 'R', '\u0155\u0157\u0159', 'r', '\u015a\u015c\u015e\u0160', 'S', '\u015b\u015d\u015f\u0161', 's',
    '\u0162\u0164\u0166', 'T', '\u0163\u0165\u0167', 't', '\u0168\u016a\u016c\u016e\u0170\u0172', 'U', '\u0169\u016b\u016d\u016f\u0171\u0173', 'u',
    '\u0174', 'W', '\u0175', 'w', '\u0176\u0178', 'Y', '\u0177', 'y', '\u0179\u017b\u017d', 'Z', '\u017a\u017c\u017e', 'z',
    '\u0132', 'IJ', '\u0133', 'ij', '\u0152', 'Oe', '\u0153', 'oe', '\u0149', "'n", '\u017f', 's'
  ];
  for (var i = 0; i < table.length; i += 2) {
    for (var j = 0; j < table[i].length; j++) map[table[i].charAt(j)] = table[i + 1];
  }
  return map;
}()
//- $padding
function createPadding(length, chars) {
  chars = chars === undefined ? ' ' : lib.$toString(chars);
  if (chars.length < 2) return length ? lib.repeat(chars, length) : chars;
  return lib.repeat(chars, Math.ceil(length / chars.length)).slice(0, length);
}
//- pad
function pad(string, length, chars) {
  string = lib.$toString(string);
  length = lib.$toInteger(length);
  var strLength = length ? string.length : 0;
  if (!length || strLength >= length) return string;
  var mid = (length - strLength) / 2;
  return lib.$padding(Math.floor(mid), chars) + string + lib.$padding(Math.ceil(mid), chars);
}
//- repeat
function repeat(string, n, guard) {
  n = (guard || n === undefined) ? 1 : lib.$toInteger(n);
  string = lib.$toString(string);
  if (!string || n < 1 || n > 9007199254740991) return '';
  var result = '';
  for (var i = 0; i < n; i++) result += string;
  return result;
}
//- startsWith
function startsWith(string, target, position) {
  string = lib.$toString(string);
  position = position == null ? 0 : Math.max(0, Math.min(lib.$toInteger(position), string.length));
  target = lib.$toString(target);
  return string.slice(position, position + target.length) == target;
}
//- endsWith
function endsWith(string, target, position) {
  string = lib.$toString(string);
  target = lib.$toString(target);
  var length = string.length;
  position = position === undefined ? length : Math.max(0, Math.min(lib.$toInteger(position), length));
  var end = position;
  position -= target.length;
  return position >= 0 && string.slice(position, end) == target;
}
//- $trimmer
function trimmer(string, chars, guard, leading, trailing) {
  string = lib.$toString(string);
  var set;
  if (guard || chars === undefined) {
    set = ' \t\n\v\f\r\xa0\ufeff\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
  } else {
    set = lib.$toString(chars);
    if (!set) return string;
  }
  var start = 0, end = string.length;
  if (leading) while (start < end && set.indexOf(string.charAt(start)) > -1) start++;
  if (trailing) while (end > start && set.indexOf(string.charAt(end - 1)) > -1) end--;
  return string.slice(start, end);
}
//- trim
function trim(string, chars, guard) {
  return lib.$trimmer(string, chars, guard, true, true);
}
//- $truncate
function baseTruncate(string, length, omission, separator) {
  if (length >= string.length) return string;
  var end = length - omission.length;
  if (end < 1) return omission;
  var result = string.slice(0, end);
  if (separator === undefined) return result + omission;
  if (lib.isRegExp(separator)) {
    if (string.slice(end).search(separator)) {
      var match, newEnd, substring = result;
      var flags = /\w*$/.exec(separator.toString())[0];
      if (!separator.global) separator = new RegExp(separator.source, flags + 'g');
      separator.lastIndex = 0;
      while ((match = separator.exec(substring))) newEnd = match.index;
      result = result.slice(0, newEnd === undefined ? end : newEnd);
    }
  } else if (string.indexOf(lib.$toString(separator), end) != end) {
    var index = result.lastIndexOf(separator);
    if (index > -1) result = result.slice(0, index);
  }
  return result + omission;
}
//- escape
function escape(string) {
  var map = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  return lib.$toString(string).replace(/[&<>"']/g, function (chr) { return map[chr]; });
}
//- unescape
function unescape(string) {
  var map = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return lib.$toString(string).replace(/&(?:amp|lt|gt|quot|#39);/g, function (entity) { return map[entity]; });
}
//- escapeRegExp
function escapeRegExp(string) {
  return lib.$toString(string).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
//- parseInt
function parseInt(string, radix, guard) {
  if (guard || radix == null) radix = 0;
  else if (radix) radix = +radix;
  return Number.parseInt(lib.$toString(string).replace(/^\s+/, ''), radix || 0);
}
//- template
function template(string, options, guard) {
  // Postie has no eval for scripts, so the generated function is compiled by the library's native `compile`.
  // There is no `with` either: the data object's own keys become local variables of the compiled function,
  // compiled once per set of keys.
  var lodash = lib.module, settings = lodash.templateSettings || lib.templateSettings;
  if (guard) options = undefined;
  var withDefaults = function (primary, fallback) {
    var result = {}, key;
    for (key in Object(primary)) result[key] = primary[key];
    for (key in Object(fallback)) if (result[key] === undefined) result[key] = fallback[key];
    return result;
  };
  options = withDefaults(options, settings);
  var imports = withDefaults(options.imports, settings.imports);
  var importNames = Object.keys(imports).filter(function (name) { return /^[A-Za-z_$][\w$]*$/.test(name); });
  var noMatch = /($^)/, defaultInterpolate = /<%=([\s\S]+?)%>/g;
  var interpolate = options.interpolate || noMatch;
  var pattern = new RegExp(
    (options.escape || noMatch).source + '|' + interpolate.source + '|' +
    (interpolate.source === defaultInterpolate.source ? /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/ : noMatch).source + '|' +
    (options.evaluate || noMatch).source + '|$', 'g');
  var text = lib.$toString(string), index = 0, source = "__p += '";
  var quote = function (chunk) {
    return chunk.replace(/['\n\r\u2028\u2029\\]/g, function (chr) {
      return { "'": "\\'", '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029', '\\': '\\\\' }[chr];
    });
  };
  text.replace(pattern, function (match, escapeValue, interpolateValue, esValue, evaluateValue, offset) {
    interpolateValue = interpolateValue || esValue;
    source += quote(text.slice(index, offset));
    if (escapeValue) source += "' +\n__e(" + escapeValue + ") +\n'";
    if (evaluateValue) source += "';\n" + evaluateValue + ";\n__p += '";
    if (interpolateValue) source += "' +\n((__t = (" + interpolateValue + ")) == null ? '' : __t) +\n'";
    index = offset + match.length;
    return match;
  });
  source += "';\n";
  var variable = options.variable;
  if (variable && !/^[A-Za-z_$][\w$]*$/.test(variable)) throw new Error('Invalid `variable` option passed into `_.template`');
  var reserved = /^(?:__p|__t|__j|__e|print|obj|arguments|eval|break|case|catch|class|const|continue|debugger|default|delete|do|else|enum|export|extends|false|finally|for|function|if|import|in|instanceof|new|null|return|super|switch|this|throw|true|try|typeof|var|void|while|with|yield|let|static|implements|interface|package|private|protected|public)$/;
  var compiled = {};
  var compile = function (names) {
    var key = names.join(',');
    if (!compiled[key]) {
      var locals = names.map(function (name) { return name + ' = ' + (variable || 'obj') + '[' + JSON.stringify(name) + ']'; });
      var code = '(function (' + importNames.concat('__e').join(', ') + ') {\nreturn function (' + (variable || 'obj') + ') {\n' +
        (locals.length ? 'var ' + locals.join(', ') + ';\n' : '') +
        "var __t, __p = '', __j = Array.prototype.join;\nfunction print() { __p += __j.call(arguments, ''); }\n" +
        source + 'return __p;\n};\n})';
      compiled[key] = native.compile(code).apply(undefined, importNames.map(function (name) { return imports[name]; }).concat(function (value) {
        return value == null ? '' : lodash.escape(value);
      }));
    }
    return compiled[key];
  };
  var result = function (data) {
    var names = variable || data == null ? [] : lib.keysIn(data).filter(function (name) {
      return /^[A-Za-z_$][\w$]*$/.test(name) && !reserved.test(name);
    });
    return compile(names).call(this, data);
  };
  result.source = 'function(' + (variable || 'obj') + ') {\n' + source + 'return __p\n}';
  return result;
}
//- templateSettings
function templateSettings() {
  return {
    escape: /<%-([\s\S]+?)%>/g,
    evaluate: /<%([\s\S]+?)%>/g,
    interpolate: /<%=([\s\S]+?)%>/g,
    variable: '',
    imports: { _: lib.module }
  };
}()
"""##

    /// String functions only lodash 4 has.
    static let string4 = ##"""
//- lowerCase
function lowerCase(string) {
  return lib.$compoundWords(string).map(function (word) { return word.toLowerCase(); }).join(' ');
}
//- upperCase
function upperCase(string) {
  return lib.$compoundWords(string).map(function (word) { return word.toUpperCase(); }).join(' ');
}
//- upperFirst
function upperFirst(string) {
  string = lib.$toString(string);
  var chars = Array.from(string);
  return chars.length ? chars[0].toUpperCase() + chars.slice(1).join('') : '';
}
//- lowerFirst
function lowerFirst(string) {
  string = lib.$toString(string);
  var chars = Array.from(string);
  return chars.length ? chars[0].toLowerCase() + chars.slice(1).join('') : '';
}
//- toLower
function toLower(value) {
  return lib.$toString(value).toLowerCase();
}
//- toUpper
function toUpper(value) {
  return lib.$toString(value).toUpperCase();
}
//- padStart
function padStart(string, length, chars) {
  string = lib.$toString(string);
  length = lib.$toInteger(length);
  var strLength = length ? string.length : 0;
  return (length && strLength < length) ? lib.$padding(length - strLength, chars) + string : string;
}
//- padEnd
function padEnd(string, length, chars) {
  string = lib.$toString(string);
  length = lib.$toInteger(length);
  var strLength = length ? string.length : 0;
  return (length && strLength < length) ? string + lib.$padding(length - strLength, chars) : string;
}
//- replace
function replace() {
  var args = arguments, string = lib.$toString(args[0]);
  return args.length < 3 ? string : string.replace(args[1], args[2]);
}
//- split
function split(string, separator, limit) {
  limit = limit === undefined ? 4294967295 : limit >>> 0;
  if (!limit) return [];
  return lib.$toString(string).split(separator, limit);
}
//- trimStart
function trimStart(string, chars, guard) {
  return lib.$trimmer(string, chars, guard, true, false);
}
//- trimEnd
function trimEnd(string, chars, guard) {
  return lib.$trimmer(string, chars, guard, false, true);
}
//- truncate
function truncate(string, options) {
  var length = 30, omission = '...', separator;
  if (lib.isObject(options)) {
    separator = 'separator' in options ? options.separator : separator;
    length = 'length' in options ? lib.$toInteger(options.length) : length;
    omission = 'omission' in options ? lib.$toString(options.omission) : omission;
  }
  return lib.$truncate(lib.$toString(string), length, omission, separator);
}
"""##
}
