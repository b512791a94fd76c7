extension NodeBuiltinLibraries {
    /// `path`, as JavaScript units.
    static let pathSource = ##"""
//- module
({ sep: '/', delimiter: ':' })
//- $check
function check(value, name) {
  if (typeof value !== 'string') {
    var received = value === null || value === undefined ? String(value)
      : typeof value === 'object' || typeof value === 'function' ? 'an instance of ' + ((value.constructor && value.constructor.name) || 'Object')
      : 'type ' + typeof value + ' (' + String(value) + ')';
    var error = new TypeError('The "' + name + '" argument must be of type string. Received ' + received);
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
}
//- $normalizeSegments
function normalizeSegments(path, absolute) {
  var output = [], parts = path.split('/');
  for (var i = 0; i < parts.length; i++) {
    var part = parts[i];
    if (part === '' || part === '.') { continue; }
    if (part === '..') {
      if (output.length > 0 && output[output.length - 1] !== '..') { output.pop(); }
      else if (!absolute) { output.push('..'); }
      continue;
    }
    output.push(part);
  }
  return output.join('/');
}
//- normalize
function normalize(path) {
  lib.$check(path, 'path');
  if (path.length === 0) { return '.'; }
  var absolute = path.charAt(0) === '/', trailing = path.charAt(path.length - 1) === '/';
  var result = lib.$normalizeSegments(path, absolute);
  if (result.length === 0) {
    if (absolute) { return '/'; }
    return trailing ? './' : '.';
  }
  if (trailing) { result += '/'; }
  return absolute ? '/' + result : result;
}
//- join
function join() {
  if (arguments.length === 0) { return '.'; }
  var parts = [];
  for (var i = 0; i < arguments.length; i++) {
    lib.$check(arguments[i], 'path');
    if (arguments[i].length > 0) { parts.push(arguments[i]); }
  }
  return parts.length === 0 ? '.' : lib.normalize(parts.join('/'));
}
//- resolve
function resolve() {
  var resolved = '', absolute = false;
  for (var i = arguments.length - 1; i >= -1 && !absolute; i--) {
    var path = i >= 0 ? arguments[i] : '/';
    lib.$check(path, 'paths[' + i + ']');
    if (path.length === 0) { continue; }
    resolved = path + '/' + resolved;
    absolute = path.charAt(0) === '/';
  }
  resolved = lib.$normalizeSegments(resolved, absolute);
  return absolute ? '/' + resolved : (resolved.length > 0 ? resolved : '.');
}
//- isAbsolute
function isAbsolute(path) {
  lib.$check(path, 'path');
  return path.charAt(0) === '/';
}
//- dirname
function dirname(path) {
  lib.$check(path, 'path');
  if (path.length === 0) { return '.'; }
  var absolute = path.charAt(0) === '/', end = -1, matchedSlash = true;
  for (var i = path.length - 1; i >= 1; i--) {
    if (path.charAt(i) === '/') {
      if (!matchedSlash) { end = i; break; }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) { return absolute ? '/' : '.'; }
  if (absolute && end === 1) { return '//'; }
  return path.slice(0, end);
}
//- basename
function basename(path, suffix) {
  if (suffix !== undefined) { lib.$check(suffix, 'ext'); }
  lib.$check(path, 'path');
  var end = path.length;
  while (end > 0 && path.charAt(end - 1) === '/') { end--; }
  var start = path.lastIndexOf('/', end - 1) + 1;
  var base = path.slice(start, end);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= base.length &&
      base.slice(base.length - suffix.length) === suffix) {
    base = base.slice(0, base.length - suffix.length);
  }
  return base;
}
//- extname
function extname(path) {
  lib.$check(path, 'path');
  var base = lib.basename(path), dot = base.lastIndexOf('.');
  if (dot <= 0 || (base === '..')) { return ''; }
  return base.slice(dot);
}
//- relative
function relative(from, to) {
  lib.$check(from, 'from');
  lib.$check(to, 'to');
  if (from === to) { return ''; }
  from = lib.resolve(from);
  to = lib.resolve(to);
  if (from === to) { return ''; }
  var fromParts = from === '/' ? [] : from.slice(1).split('/'), toParts = to === '/' ? [] : to.slice(1).split('/');
  var common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) { common++; }
  var up = [];
  for (var i = common; i < fromParts.length; i++) { up.push('..'); }
  return up.concat(toParts.slice(common)).join('/');
}
//- parse
function parse(path) {
  lib.$check(path, 'path');
  var result = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) { return result; }
  if (path.charAt(0) === '/') { result.root = '/'; }
  var end = path.length;
  while (end > 1 && path.charAt(end - 1) === '/') { end--; }
  var trimmed = path.slice(0, end);
  if (trimmed === '/') { result.dir = '/'; return result; }
  result.base = lib.basename(trimmed);
  result.ext = lib.extname(result.base);
  result.name = result.ext ? result.base.slice(0, result.base.length - result.ext.length) : result.base;
  var slash = trimmed.lastIndexOf('/');
  result.dir = slash > 0 ? trimmed.slice(0, slash) : (slash === 0 ? '/' : '');
  return result;
}
//- format
function format(object) {
  if (object === null || typeof object !== 'object') {
    var error = new TypeError('The "pathObject" argument must be of type object. Received ' + (object === null ? 'null' : 'type ' + typeof object + ' (' + (typeof object === 'string' ? "'" + object + "'" : String(object)) + ')'));
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  var dir = object.dir || object.root;
  var base = object.base || ((object.name || '') + (object.ext ? (object.ext.charAt(0) === '.' ? '' : '.') + object.ext : ''));
  if (!dir) { return base; }
  return dir === object.root ? dir + base : dir + '/' + base;
}
//- toNamespacedPath
function toNamespacedPath(path) { return path; }
//- posix
require('path')
"""##
}
