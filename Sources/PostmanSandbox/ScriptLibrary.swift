import Foundation
import JavaScriptInterpreter

/// A JavaScript library shipped inside Postie (lodash, moment, CryptoJS…), written for Postie.
///
/// The source is a list of *units*, each starting at a line `//- name` and holding one JavaScript expression
/// (usually a function). A unit compiles only when something first reads it, so a script pays for the few
/// functions it calls, not for the whole library. Inside a unit, three names are in scope:
/// - `lib`: every unit of the same library, by name (`lib.baseGet(…)`), compiled on first read;
/// - `native`: the object `natives` builds (Swift functions such as hashes), or `undefined`;
/// - `require`: the script's `require`, to use another library.
///
/// Unit names say where a unit goes:
/// - `module`: the value `require` returns; without it, a plain object;
/// - `$name`: internal, only on `lib`;
/// - `Global.path.name` (a dotted name, such as `String.prototype.has`): installed on that object when the
///   realm starts, for libraries that extend the built-ins;
/// - any other name: exported, a property of the module value.
struct ScriptLibrary {
    /// The name stacks show for the library's code, such as `lodash4.js`.
    let fileName: String
    let source: String
    let natives: ((Realm) -> JSObject)?

    /// `parts` are joined line by line, so a library can be shared units followed by a variant's own.
    init(fileName: String, _ parts: String..., natives: ((Realm) -> JSObject)? = nil) {
        self.fileName = fileName
        self.source = parts.joined(separator: "\n")
        self.natives = natives
    }

    /// One unit: its name, its expression and the line it starts on in `source`.
    struct Unit {
        let name: String
        let expression: Substring
        let line: Int

        var isInternal: Bool { name.hasPrefix("$") }
        var isExtension: Bool { name.contains(".") }
        var isExported: Bool { !isInternal && !isExtension && name != "module" }
    }

    /// The units in source order. A later unit with the same name as an earlier one replaces it, so a variant
    /// of a library can be a shared source followed by its own overrides.
    var units: [Unit] {
        // Bytes, not Characters: this runs on every library's whole source when it loads, and walking a
        // String by grapheme clusters cost milliseconds.
        let bytes = source.utf8
        var result: [Unit] = []
        var index: [String: Int] = [:]
        var name: String?
        var start = bytes.startIndex
        var startLine = 0
        func close(at end: String.Index) {
            guard let name else { return }
            var last = end
            while last > start {
                let previous = bytes.index(before: last)
                let byte = bytes[previous]
                guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x3B else { break }
                last = previous
            }
            let unit = Unit(name: name, expression: source[start..<last], line: startLine)
            if let existing = index[name] { result[existing] = unit } else {
                index[name] = result.count
                result.append(unit)
            }
        }
        let marker: [UInt8] = Array("//- ".utf8)
        var lineNumber = 0
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            if bytes[lineStart..<lineEnd].starts(with: marker) {
                close(at: lineStart)
                let nameStart = bytes.index(lineStart, offsetBy: marker.count)
                name = String(decoding: bytes[nameStart..<lineEnd], as: UTF8.self)
                    .trimmingCharacters(in: .whitespaces)
                start = lineEnd
                startLine = lineNumber
            }
            lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
        }
        close(at: bytes.endIndex)
        return result
    }
}
