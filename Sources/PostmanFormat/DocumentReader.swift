import Foundation
import JSON

/// Reads typed values out of a parsed document, collecting every problem with its location instead of
/// stopping at the first.
struct DocumentReader {
    let file: String
    /// The document's bytes; turned into text only when a problem has to be located.
    let source: Data
    private var text: String?
    private(set) var problems: [LoadError] = []

    init(file: String, source: Data) {
        self.file = file
        self.source = source
    }

    mutating func report(_ message: String, at location: JSONLocation, help: String? = nil) {
        if text == nil { text = String(decoding: source, as: UTF8.self) }
        let found = location.position(in: text ?? "")
        problems.append(
            LoadError(
                file: file, path: location.description, message: message, help: help, position: found?.position,
                sourceLine: found?.line))
    }

    mutating func typeMismatch(expected: String, found value: JSONValue, at location: JSONLocation) {
        let field = location.description.isEmpty ? "the document" : "'\(location)'"
        report("\(field) should be \(expected), but it is \(value.kindDescription)", at: location)
    }

    /// A string member; a number or boolean is accepted as its text, as the Postman SDK does.
    mutating func string(_ object: JSONObject, _ key: String, at location: JSONLocation) -> String? {
        guard let value = object[key] else { return nil }
        switch value {
        case .null: return nil
        case .string(let text): return text
        case .number(let number): return JavaScriptNumberFormatter.string(from: number)
        case .bool(let flag): return flag ? "true" : "false"
        default:
            typeMismatch(expected: "a string", found: value, at: location.appending(key))
            return nil
        }
    }

    mutating func bool(_ object: JSONObject, _ key: String, at location: JSONLocation) -> Bool? {
        guard let value = object[key] else { return nil }
        switch value {
        case .null: return nil
        case .bool(let flag): return flag
        default:
            typeMismatch(expected: "true or false", found: value, at: location.appending(key))
            return nil
        }
    }

    mutating func object(_ object: JSONObject, _ key: String, at location: JSONLocation) -> JSONObject? {
        guard let value = object[key] else { return nil }
        switch value {
        case .null: return nil
        case .object(let member): return member
        default:
            typeMismatch(expected: "an object", found: value, at: location.appending(key))
            return nil
        }
    }

    mutating func array(_ object: JSONObject, _ key: String, at location: JSONLocation) -> [JSONValue]? {
        guard let value = object[key] else { return nil }
        switch value {
        case .null: return nil
        case .array(let elements): return elements
        default:
            typeMismatch(expected: "an array", found: value, at: location.appending(key))
            return nil
        }
    }

    /// Each element of an array member that is an object, with its location; other elements are reported.
    mutating func objects(_ object: JSONObject, _ key: String, at location: JSONLocation) -> [(JSONObject, JSONLocation)] {
        guard let elements = array(object, key, at: location) else { return [] }
        var result: [(JSONObject, JSONLocation)] = []
        for (index, element) in elements.enumerated() {
            let elementLocation = location.appending(key).appending(index)
            if case .object(let member) = element {
                result.append((member, elementLocation))
            } else {
                typeMismatch(expected: "an object", found: element, at: elementLocation)
            }
        }
        return result
    }
}
