/// lodash, written for Postie: `require('lodash')` is lodash 4 and the global `_` is lodash 3, as in Postman.
enum LodashLibrary {
    static var lodash4: ScriptLibrary { ScriptLibrary(fileName: "lodash4.js", shared, version4) }
    static var lodash3: ScriptLibrary { ScriptLibrary(fileName: "lodash3.js", shared, version3) }

    static let shared = ##"""
//- module
function lodash(value) { return value; }
//- identity
function identity(value) { return value; }
//- get
function get(object, path, defaultValue) {
  var keys = Array.isArray(path) ? path : String(path).replace(/\[(\w+)\]/g, '.$1').split('.');
  var result = object;
  for (var i = 0; i < keys.length && result != null; i++) result = result[keys[i]];
  return result === undefined ? defaultValue : result;
}
"""##

    static let version4 = ##"""
//- VERSION
'4.17.21'
"""##

    static let version3 = ##"""
//- VERSION
'3.10.2'
"""##
}
