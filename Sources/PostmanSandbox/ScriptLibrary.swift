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

    /// One unit: its name, where its expression is in the source's UTF-8, and the line it starts on.
    struct Unit {
        let name: String
        let expressionBytes: Range<Int>
        let line: Int

        var isInternal: Bool { name.hasPrefix("$") }
        var isExtension: Bool { name.contains(".") }
        var isExported: Bool { !isInternal && !isExtension && name != "module" }
    }

    /// A unit's expression text, made only when the unit compiles.
    func expression(of unit: Unit) -> String {
        var source = source
        return source.withUTF8 { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[unit.expressionBytes]), as: UTF8.self)
        }
    }

    /// The units in source order. A later unit with the same name as an earlier one replaces it, so a variant
    /// of a library can be a shared source followed by its own overrides.
    var units: [Unit] {
        // One pass over the raw UTF-8 bytes: this runs on a library's whole source each time it loads, and
        // walking a String by characters or indices cost more than compiling the units a script uses.
        var source = source
        return source.withUTF8 { bytes in
            var result: [Unit] = []
            var index: [String: Int] = [:]
            var name: String?
            var start = 0
            var startLine = 0
            func close(at end: Int) {
                guard let name else { return }
                var last = end
                while last > start, [0x20, 0x0A, 0x0D, 0x09, 0x3B].contains(bytes[last - 1]) { last -= 1 }
                let unit = Unit(name: name, expressionBytes: start..<last, line: startLine)
                if let existing = index[name] { result[existing] = unit } else {
                    index[name] = result.count
                    result.append(unit)
                }
            }
            var lineNumber = 0
            var lineStart = 0
            let count = bytes.count
            while lineStart < count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                // A line `//- name` starts a unit.
                if lineEnd - lineStart > 4, bytes[lineStart] == 0x2F, bytes[lineStart + 1] == 0x2F,
                   bytes[lineStart + 2] == 0x2D, bytes[lineStart + 3] == 0x20 {
                    close(at: lineStart)
                    var nameStart = lineStart + 4, nameEnd = lineEnd
                    while nameStart < nameEnd && bytes[nameStart] == 0x20 { nameStart += 1 }
                    while nameEnd > nameStart && (bytes[nameEnd - 1] == 0x20 || bytes[nameEnd - 1] == 0x0D) { nameEnd -= 1 }
                    name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]), as: UTF8.self)
                    start = lineEnd
                    startLine = lineNumber
                }
                lineStart = lineEnd + 1
            }
            close(at: count)
            return result
        }
    }
}
