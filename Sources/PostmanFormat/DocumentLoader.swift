import Foundation
import JSON

/// Turns the text of a collection, environment or globals file into its model, or into every problem found.
package enum DocumentLoader {
    static let supportedSchemas = [
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
        "https://schema.getpostman.com/json/collection/v2.0.0/collection.json",
        "https://schema.postman.com/json/collection/v2.1.0/collection.json",
        "https://schema.postman.com/json/collection/v2.0.0/collection.json",
    ]

    package static func loadCollection(text: String, file: String) throws(LoadErrors) -> PostmanCollection {
        try loadCollection(data: Data(text.utf8), file: file)
    }

    /// Loads from bytes, so a large collection is never held twice (as bytes and as a String).
    package static func loadCollection(data: Data, file: String) throws(LoadErrors) -> PostmanCollection {
        let document = try parse(data, file: file)
        var reader = DocumentReader(file: file, source: data)
        var root = JSONLocation()
        guard var object = document.objectValue else {
            reader.typeMismatch(expected: "a collection object", found: document, at: root)
            throw LoadErrors(reader.problems)
        }
        // The Postman API wraps the collection: {"collection": {...}}.
        if object["info"] == nil, let inner = object["collection"]?.objectValue {
            object = inner
            root = root.appending("collection")
        }
        if object["info"] == nil, object["order"] != nil || object["requests"] != nil {
            reader.report(
                "this is a Postman Collection v1 file, which Postie does not read", at: root,
                help: "open it in Postman and export it again as Collection v2.1 (… › Export › Collection v2.1)")
            throw LoadErrors(reader.problems)
        }
        guard let info = reader.object(object, "info", at: root) else {
            reader.report(
                "the collection has no 'info' object", at: root,
                help: "a Postman collection starts with {\"info\": {\"name\": …, \"schema\": …}, \"item\": […]}")
            throw LoadErrors(reader.problems)
        }
        let infoLocation = root.appending("info")
        let schema = reader.string(info, "schema", at: infoLocation) ?? ""
        if !supportedSchemas.contains(schema) {
            let help = "Postie reads collection formats v2.0.0 and v2.1.0; export the collection again as v2.1"
            if schema.isEmpty {
                reader.report("the collection has no 'info.schema'", at: infoLocation, help: help)
            } else if schema.contains("v1.0.0") {
                reader.report(
                    "this is a Postman Collection v1 file, which Postie does not read",
                    at: infoLocation.appending("schema"),
                    help: "open it in Postman and export it again as Collection v2.1 (… › Export › Collection v2.1)")
            } else {
                reader.report("unknown collection schema '\(schema)'", at: infoLocation.appending("schema"), help: help)
            }
        }
        let collectionInfo = CollectionInfo(
            id: reader.string(info, "_postman_id", at: infoLocation) ?? reader.string(info, "id", at: infoLocation),
            name: reader.string(info, "name", at: infoLocation) ?? "",
            description: describe(info["description"]),
            schema: schema)
        let items = readItems(object, at: root, reader: &reader)
        let collection = PostmanCollection(
            info: collectionInfo,
            items: items,
            events: readEvents(object, at: root, reader: &reader),
            variables: readVariables(object, "variable", at: root, reader: &reader),
            auth: readAuth(object, at: root, reader: &reader),
            protocolProfileBehavior: reader.object(object, "protocolProfileBehavior", at: root) ?? [:])
        if !reader.problems.isEmpty { throw LoadErrors(reader.problems) }
        return collection
    }

    /// Reads an environment or globals file (both are `{"name", "values": [{key, value, type, enabled}]}`).
    package static func loadEnvironment(text: String, file: String) throws(LoadErrors) -> PostmanEnvironment {
        try loadEnvironment(data: Data(text.utf8), file: file)
    }

    package static func loadEnvironment(data: Data, file: String) throws(LoadErrors) -> PostmanEnvironment {
        let document = try parse(data, file: file)
        var reader = DocumentReader(file: file, source: data)
        var root = JSONLocation()
        guard var object = document.objectValue else {
            reader.typeMismatch(expected: "an environment object", found: document, at: root)
            throw LoadErrors(reader.problems)
        }
        for wrapper in ["environment", "globals"] where object["values"] == nil {
            if let inner = object[wrapper]?.objectValue {
                object = inner
                root = root.appending(wrapper)
            }
        }
        if object["values"] == nil, object["info"] != nil || object["item"] != nil {
            reader.report(
                "this is a collection, not an environment", at: root,
                help: "pass collections as the first argument of 'postie run' and environments with -e")
            throw LoadErrors(reader.problems)
        }
        let environment = PostmanEnvironment(
            id: reader.string(object, "id", at: root),
            name: reader.string(object, "name", at: root) ?? "",
            values: readVariables(object, "values", at: root, reader: &reader))
        if !reader.problems.isEmpty { throw LoadErrors(reader.problems) }
        return environment
    }

    static func parse(_ data: Data, file: String) throws(LoadErrors) -> JSONValue {
        do {
            return try JSONParser.parse(data)
        } catch {
            let text = String(decoding: data, as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = error.line - 1 < lines.count ? String(lines[error.line - 1]) : nil
            throw LoadErrors([
                LoadError(
                    file: file, message: "the file is not valid JSON: \(error.message)",
                    help: "fix the JSON syntax, or export the file from Postman again",
                    position: SourcePosition(line: error.line, column: error.column), sourceLine: line)
            ])
        }
    }

    // MARK: Items

    private static func readItems(
        _ object: JSONObject, at location: JSONLocation, reader: inout DocumentReader
    ) -> [CollectionItem] {
        reader.objects(object, "item", at: location).map { readItem($0.0, at: $0.1, reader: &reader) }
    }

    private static func readItem(
        _ object: JSONObject, at location: JSONLocation, reader: inout DocumentReader
    ) -> CollectionItem {
        let name = reader.string(object, "name", at: location) ?? ""
        let id = reader.string(object, "id", at: location) ?? reader.string(object, "_postman_id", at: location)
        let behaviour = reader.object(object, "protocolProfileBehavior", at: location) ?? [:]
        if object["item"] != nil {
            return .folder(
                Folder(
                    id: id, name: name, description: describe(object["description"]),
                    items: readItems(object, at: location, reader: &reader),
                    events: readEvents(object, at: location, reader: &reader),
                    auth: readAuth(object, at: location, reader: &reader),
                    protocolProfileBehavior: behaviour, location: location.description))
        }
        let request: RequestTemplate
        if let value = object["request"] {
            request = readRequest(value, at: location.appending("request"), reader: &reader)
        } else {
            reader.report(
                "the item '\(name)' has neither a 'request' nor an 'item' list", at: location,
                help: "give it a request, or make it a folder with \"item\": []")
            request = RequestTemplate(url: URLTemplate(raw: ""))
        }
        let examples = reader.objects(object, "response", at: location).map {
            readExample($0.0, at: $0.1, reader: &reader)
        }
        return .request(
            RequestItem(
                id: id, name: name, description: describe(object["description"]) ?? request.description,
                request: request, examples: examples, events: readEvents(object, at: location, reader: &reader),
                protocolProfileBehavior: behaviour, location: location.description))
    }

    private static func readRequest(
        _ value: JSONValue, at location: JSONLocation, reader: inout DocumentReader
    ) -> RequestTemplate {
        switch value {
        case .string(let url):
            return RequestTemplate(url: URLTemplateParser.parse(url))
        case .object(let object):
            let method = (reader.string(object, "method", at: location) ?? "GET").uppercased()
            var url = URLTemplate(raw: "")
            if let urlValue = object["url"] {
                url = readURL(urlValue, at: location.appending("url"), reader: &reader)
            }
            return RequestTemplate(
                method: method.isEmpty ? "GET" : method, url: url,
                headers: readHeaders(object["header"], at: location.appending("header"), reader: &reader),
                body: readBody(object, at: location, reader: &reader),
                auth: readAuth(object, at: location, reader: &reader),
                description: describe(object["description"]))
        default:
            reader.typeMismatch(expected: "an object or a URL string", found: value, at: location)
            return RequestTemplate(url: URLTemplate(raw: ""))
        }
    }

    private static func readURL(_ value: JSONValue, at location: JSONLocation, reader: inout DocumentReader) -> URLTemplate {
        switch value {
        case .string(let raw):
            return URLTemplateParser.parse(raw)
        case .object(let object):
            let raw = reader.string(object, "raw", at: location) ?? ""
            var host: [String]?
            if let hostValue = object["host"] {
                switch hostValue {
                case .string(let text): host = text.isEmpty ? [] : URLTemplateParser.splitHost(text)
                case .array(let labels): host = labels.compactMap { scalarText($0) }
                case .null: host = nil
                default: reader.typeMismatch(expected: "a string or an array", found: hostValue, at: location.appending("host"))
                }
            }
            var path: [String]?
            if let pathValue = object["path"] {
                switch pathValue {
                case .string(let text): path = URLTemplateParser.splitPath(text)
                case .array(let segments):
                    path = segments.map { segment in
                        // v2.0 allows {"type": "string", "value": "x"} segments.
                        if case .object(let object) = segment { return scalarText(object["value"] ?? .null) ?? "" }
                        return scalarText(segment) ?? ""
                    }
                case .null: path = nil
                default: reader.typeMismatch(expected: "a string or an array", found: pathValue, at: location.appending("path"))
                }
            }
            let query = reader.objects(object, "query", at: location).map { element, _ in
                KeyValueParameter(
                    key: scalarText(element["key"] ?? .null) ?? "", value: scalarText(element["value"] ?? .null),
                    isDisabled: element["disabled"] == .bool(true))
            }
            let variables = reader.objects(object, "variable", at: location).map { element, _ in
                KeyValueParameter(
                    key: scalarText(element["key"] ?? element["id"] ?? .null) ?? "",
                    value: scalarText(element["value"] ?? .null), isDisabled: element["disabled"] == .bool(true))
            }
            var template = URLTemplate(
                raw: raw, scheme: reader.string(object, "protocol", at: location), host: host,
                port: reader.string(object, "port", at: location), path: path, query: query,
                hash: reader.string(object, "hash", at: location), variables: variables)
            if !template.isStructured {
                // Only `raw`: parse it, keeping the variables the file declared.
                let parsed = URLTemplateParser.parse(raw)
                template.scheme = parsed.scheme
                template.port = parsed.port
                template.query = object["query"] == nil ? parsed.query : query
                template.hash = parsed.hash
                template.host = parsed.host
                template.path = parsed.path
            }
            return template
        default:
            reader.typeMismatch(expected: "a URL string or object", found: value, at: location)
            return URLTemplate(raw: "")
        }
    }

    private static func readHeaders(
        _ value: JSONValue?, at location: JSONLocation, reader: inout DocumentReader
    ) -> [KeyValueParameter] {
        guard let value else { return [] }
        switch value {
        case .null: return []
        case .string(let text):
            // v2.0 allows "Name: value\nName2: value2".
            return text.split(separator: "\n").compactMap { line in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return KeyValueParameter(
                    key: line[..<colon].trimmingSpaces(), value: line[line.index(after: colon)...].trimmingSpaces())
            }
        case .array(let elements):
            var headers: [KeyValueParameter] = []
            for (index, element) in elements.enumerated() {
                guard case .object(let object) = element else {
                    reader.typeMismatch(expected: "an object", found: element, at: location.appending(index))
                    continue
                }
                headers.append(
                    KeyValueParameter(
                        key: scalarText(object["key"] ?? .null) ?? "", value: scalarText(object["value"] ?? .null) ?? "",
                        isDisabled: object["disabled"] == .bool(true)))
            }
            return headers
        default:
            reader.typeMismatch(expected: "an array of headers", found: value, at: location)
            return []
        }
    }

    private static func readBody(_ request: JSONObject, at location: JSONLocation, reader: inout DocumentReader) -> RequestBody? {
        guard let body = reader.object(request, "body", at: location) else { return nil }
        let bodyLocation = location.appending("body")
        if body["disabled"] == .bool(true) { return nil }
        let mode = reader.string(body, "mode", at: bodyLocation) ?? ""
        switch mode {
        case "raw":
            let language = body["options"]?["raw"]?["language"]?.stringValue
            return .raw(reader.string(body, "raw", at: bodyLocation) ?? "", language: language)
        case "urlencoded":
            let parameters = reader.objects(body, "urlencoded", at: bodyLocation).map { element, _ in
                KeyValueParameter(
                    key: scalarText(element["key"] ?? .null) ?? "", value: scalarText(element["value"] ?? .null) ?? "",
                    isDisabled: element["disabled"] == .bool(true))
            }
            return .urlencoded(parameters)
        case "formdata":
            let parameters = reader.objects(body, "formdata", at: bodyLocation).map { element, _ in
                let key = scalarText(element["key"] ?? .null) ?? ""
                let content: FormParameter.Content
                if element["type"]?.stringValue == "file" {
                    switch element["src"] {
                    case .array(let sources): content = .files(sources.compactMap(\.stringValue))
                    case .string(let source): content = .files([source])
                    default: content = .files([])
                    }
                } else {
                    let value = element["value"] ?? .string("")
                    content = .text(value.stringValue ?? (value.isNull ? "" : JSONWriter.write(value)))
                }
                return FormParameter(
                    key: key, content: content, contentType: element["contentType"]?.stringValue,
                    isDisabled: element["disabled"] == .bool(true))
            }
            return .formdata(parameters)
        case "file":
            let file = body["file"]?.objectValue
            return .file(source: file?["src"]?.stringValue, content: file?["content"]?.stringValue)
        case "graphql":
            let graphql = body["graphql"]?.objectValue ?? [:]
            var variables: String?
            switch graphql["variables"] {
            case .string(let text): variables = text
            case .some(.null), .none: variables = nil
            case .some(let value): variables = JSONWriter.write(value)
            }
            return .graphql(
                query: graphql["query"]?.stringValue ?? "", variables: variables,
                operationName: graphql["operationName"]?.stringValue)
        case "":
            return nil
        default:
            reader.report(
                "unknown body mode '\(mode)'", at: bodyLocation.appending("mode"),
                help: "use one of raw, urlencoded, formdata, file or graphql")
            return nil
        }
    }

    static func readAuth(_ object: JSONObject, at location: JSONLocation, reader: inout DocumentReader) -> AuthDefinition? {
        guard let auth = reader.object(object, "auth", at: location) else { return nil }
        let authLocation = location.appending("auth")
        guard let type = auth["type"]?.stringValue else { return nil }
        var parameters: [AuthParameter] = []
        switch auth[type] {
        case .array(let elements):
            for element in elements {
                guard let entry = element.objectValue, let key = entry["key"]?.stringValue else { continue }
                parameters.append(AuthParameter(key: key, value: entry["value"] ?? .null))
            }
        case .object(let map):
            parameters = map.members.map { AuthParameter(key: $0.key, value: $0.value) }
        case .none, .some(.null):
            break
        case .some(let value):
            reader.typeMismatch(expected: "an array or an object", found: value, at: authLocation.appending(type))
        }
        return AuthDefinition(type: type, parameters: parameters)
    }

    private static func readEvents(_ object: JSONObject, at location: JSONLocation, reader: inout DocumentReader) -> [ScriptEvent] {
        reader.objects(object, "event", at: location).compactMap { event, eventLocation in
            guard let listen = event["listen"]?.stringValue, let kind = ScriptEvent.Kind(rawValue: listen) else {
                return nil
            }
            let script = event["script"]?.objectValue ?? [:]
            let source: String
            switch script["exec"] {
            case .array(let lines): source = lines.map { $0.stringValue ?? "" }.joined(separator: "\n")
            case .string(let text): source = text
            default: source = ""
            }
            return ScriptEvent(
                kind: kind, source: source, isDisabled: event["disabled"] == .bool(true),
                location: eventLocation.appending("script").appending("exec").description)
        }
    }

    private static func readExample(_ object: JSONObject, at location: JSONLocation, reader: inout DocumentReader) -> SavedExample {
        var original: RequestTemplate?
        if let request = object["originalRequest"], !request.isNull {
            original = readRequest(request, at: location.appending("originalRequest"), reader: &reader)
        }
        var code: Int?
        if case .number(let number) = object["code"] ?? .null { code = Int(exactly: number) }
        let body: String?
        switch object["body"] {
        case .string(let text): body = text
        case .none, .some(.null): body = nil
        case .some(let value): body = JSONWriter.write(value)
        }
        return SavedExample(
            id: object["id"]?.stringValue, name: object["name"]?.stringValue ?? "", originalRequest: original,
            code: code, status: object["status"]?.stringValue,
            headers: readHeaders(object["header"], at: location.appending("header"), reader: &reader), body: body)
    }

    private static func readVariables(
        _ object: JSONObject, _ key: String, at location: JSONLocation, reader: inout DocumentReader
    ) -> [VariableDefinition] {
        reader.objects(object, key, at: location).compactMap { entry, entryLocation in
            guard let name = scalarText(entry["key"] ?? entry["id"] ?? .null) else {
                reader.report("a variable has no 'key'", at: entryLocation, help: "give each variable a \"key\"")
                return nil
            }
            return VariableDefinition(
                key: name, value: entry["value"] ?? .null, type: entry["type"]?.stringValue,
                isDisabled: entry["disabled"] == .bool(true), isEnabled: entry["enabled"]?.boolValue)
        }
    }

    private static func describe(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text): text
        case .object(let object): object["content"]?.stringValue
        default: nil
        }
    }

    private static func scalarText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number(let number): JavaScriptNumberFormatter.string(from: number)
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
    }
}
