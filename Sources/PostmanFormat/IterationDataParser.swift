import Foundation
import JSON

/// Reads an iteration data file (`-d`): a JSON array of objects, or CSV with a header row, using Newman's rules.
///
/// CSV: the first row names the columns; fields are trimmed; `"` quotes and escapes; a BOM is skipped; unquoted
/// numbers become numbers (`007` → 7, `1e3` → 1000) while quoted values stay text. Rows with a different number
/// of fields than the header are an error here, with the row's line: Newman silently misaligns them.
package enum IterationDataParser {
    package static func parse(text: String, file: String) throws(LoadErrors) -> [JSONObject] {
        let trimmed = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if trimmed.first == "[" || trimmed.first == "{" {
            let value = try DocumentLoader.parse(Data(text.utf8), file: file)
            guard case .array(let rows) = value else {
                throw LoadErrors([
                    LoadError(
                        file: file, message: "a JSON data file must be an array of objects, but this is \(value.kindDescription)",
                        help: "write the rows as [{\"column\": \"value\"}, …]")
                ])
            }
            var objects: [JSONObject] = []
            var errors: [LoadError] = []
            for (index, row) in rows.enumerated() {
                if case .object(let object) = row {
                    objects.append(object)
                } else {
                    errors.append(
                        LoadError(
                            file: file, path: "[\(index)]",
                            message: "every row of a JSON data file must be an object, but row \(index + 1) is \(row.kindDescription)"))
                }
            }
            if !errors.isEmpty { throw LoadErrors(errors) }
            return objects
        }
        return try parseCSV(String(text.drop { $0 == "\u{FEFF}" }), file: file)
    }

    private struct Field {
        var text: String
        var quoted: Bool
    }

    private static func parseCSV(_ text: String, file: String) throws(LoadErrors) -> [JSONObject] {
        var records: [(line: Int, fields: [Field])] = []
        var fields: [Field] = []
        var field = ""
        var quoted = false
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var characters = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return characters.next()
        }
        func endField() {
            fields.append(Field(text: quoted ? field : field.trimmingCharacters(), quoted: quoted))
            field = ""
            quoted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].text.isEmpty && !fields[0].quoted) {
                records.append((recordLine, fields))
            }
            fields = []
        }
        while let character = next() {
            if inQuotes {
                if character == "\"" {
                    let following = next()
                    if following == "\"" {
                        field.append("\"")
                    } else {
                        inQuotes = false
                        pending = following
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.allSatisfy(\.isWhitespace):
                inQuotes = true
                quoted = true
                field = ""
            case ",":
                endField()
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(character)
            }
        }
        if inQuotes {
            throw LoadErrors([
                LoadError(
                    file: file, message: "a quoted CSV field starting on line \(recordLine) is never closed",
                    help: "close the field with \", and write a quote inside a field as \"\"")
            ])
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let header = records.first else { return [] }
        let columns = header.fields.map(\.text)
        var rows: [JSONObject] = []
        var errors: [LoadError] = []
        for record in records.dropFirst() {
            if record.fields.count != columns.count {
                errors.append(
                    LoadError(
                        file: file, path: "line \(record.line)",
                        message: "CSV row on line \(record.line) has \(record.fields.count) fields, but the header has \(columns.count)",
                        help: "give every row the header's \(columns.count) columns; quote values that contain commas",
                        position: SourcePosition(line: record.line, column: 1)))
                continue
            }
            var object = JSONObject()
            for (column, value) in zip(columns, record.fields) {
                object[column] = value.quoted ? .string(value.text) : cast(value.text)
            }
            rows.append(object)
        }
        if !errors.isEmpty { throw LoadErrors(errors) }
        return rows
    }

    /// Newman's csv-parse casting: numbers become numbers, everything else stays text.
    static func cast(_ text: String) -> JSONValue {
        guard !text.isEmpty else { return .string("") }
        if let integer = Int(text), !text.hasPrefix("+") || text.count > 1 { return .number(Double(integer)) }
        if let number = Double(text), number.isFinite,
            text.allSatisfy({ $0.isNumber || "+-.eE".contains($0) })
        {
            return .number(number)
        }
        return .string(text)
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        Substring(self).trimmingSpaces()
    }
}
