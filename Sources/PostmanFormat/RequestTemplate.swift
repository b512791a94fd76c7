import JSON

/// A request as written in the collection: `{{variables}}` are still unresolved.
package struct RequestTemplate: Sendable, Hashable {
    package var method: String
    package var url: URLTemplate
    package var headers: [KeyValueParameter]
    package var body: RequestBody?
    /// nil means "inherit from the parent"; a definition with type `noauth` stops inheritance.
    package var auth: AuthDefinition?
    package var description: String?

    package init(
        method: String = "GET", url: URLTemplate, headers: [KeyValueParameter] = [], body: RequestBody? = nil,
        auth: AuthDefinition? = nil, description: String? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.auth = auth
        self.description = description
    }
}

/// A key/value row of a header list, query string, urlencoded body or `:path` variable list.
package struct KeyValueParameter: Sendable, Hashable {
    package var key: String
    /// nil for a query flag written without `=` (`?flag`).
    package var value: String?
    package var isDisabled: Bool
    package var description: String?

    package init(key: String, value: String?, isDisabled: Bool = false, description: String? = nil) {
        self.key = key
        self.value = value
        self.isDisabled = isDisabled
        self.description = description
    }
}

/// A URL as written: the structured parts when the file has them, and the raw text.
package struct URLTemplate: Sendable, Hashable {
    package var raw: String
    package var scheme: String?
    /// Host labels, e.g. `["{{baseUrl}}"]` or `["api", "aiven", "io"]`; nil when the file gave only `raw`.
    package var host: [String]?
    package var port: String?
    package var path: [String]?
    package var query: [KeyValueParameter]
    package var hash: String?
    package var variables: [KeyValueParameter]

    package init(
        raw: String, scheme: String? = nil, host: [String]? = nil, port: String? = nil, path: [String]? = nil,
        query: [KeyValueParameter] = [], hash: String? = nil, variables: [KeyValueParameter] = []
    ) {
        self.raw = raw
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
        self.hash = hash
        self.variables = variables
    }

    /// True when the file gave structured parts, which then win over `raw`, as in Postman.
    package var isStructured: Bool { host != nil || path != nil }
}

/// The request body in one of Postman's modes.
package enum RequestBody: Sendable, Hashable {
    case raw(String, language: String?)
    case urlencoded([KeyValueParameter])
    case formdata([FormParameter])
    case file(source: String?, content: String?)
    case graphql(query: String, variables: String?, operationName: String?)
}

/// One part of a multipart form: a text value or one or more files.
package struct FormParameter: Sendable, Hashable {
    package enum Content: Sendable, Hashable {
        case text(String)
        case files([String])
    }

    package var key: String
    package var content: Content
    package var contentType: String?
    package var isDisabled: Bool

    package init(key: String, content: Content, contentType: String? = nil, isDisabled: Bool = false) {
        self.key = key
        self.content = content
        self.contentType = contentType
        self.isDisabled = isDisabled
    }
}

/// An `auth` block: the type and its parameters, normalised from v2.0's object or v2.1's key/value array.
package struct AuthDefinition: Sendable, Hashable {
    package var type: String
    package var parameters: [AuthParameter]

    package init(type: String, parameters: [AuthParameter] = []) {
        self.type = type
        self.parameters = parameters
    }

    /// The parameter's value as text (non-strings are written as JSON).
    package func string(_ key: String) -> String? {
        guard let value = parameters.last(where: { $0.key == key })?.value else { return nil }
        switch value {
        case .string(let text): return text
        case .null: return nil
        default: return JSONWriter.write(value)
        }
    }
}

/// One auth parameter such as `token` or `username`.
package struct AuthParameter: Sendable, Hashable {
    package var key: String
    package var value: JSONValue

    package init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// A pre-request or test script attached to a collection, folder or item.
package struct ScriptEvent: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable {
        case prerequest
        case test
    }

    package var kind: Kind
    package var source: String
    package var isDisabled: Bool
    /// Where the script is in its document, e.g. `item[0].event[1].script.exec`.
    package var location: String

    package init(kind: Kind, source: String, isDisabled: Bool = false, location: String = "") {
        self.kind = kind
        self.source = source
        self.isDisabled = isDisabled
        self.location = location
    }

    /// True when the script has something other than blank lines to run.
    package var hasCode: Bool {
        !source.allSatisfy(\.isWhitespace)
    }
}

/// A saved example response of a request item.
package struct SavedExample: Sendable, Hashable {
    package var id: String?
    package var name: String
    package var originalRequest: RequestTemplate?
    package var code: Int?
    package var status: String?
    package var headers: [KeyValueParameter]
    package var body: String?

    package init(
        id: String? = nil, name: String, originalRequest: RequestTemplate? = nil, code: Int? = nil,
        status: String? = nil, headers: [KeyValueParameter] = [], body: String? = nil
    ) {
        self.id = id
        self.name = name
        self.originalRequest = originalRequest
        self.code = code
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// A variable as stored in a collection, environment or globals file.
package struct VariableDefinition: Sendable, Hashable {
    package var key: String
    package var value: JSONValue
    package var type: String?
    /// Only `"disabled": true` hides a variable; `"enabled": false` is kept, as Newman does.
    package var isDisabled: Bool
    package var isEnabled: Bool?

    package init(key: String, value: JSONValue, type: String? = nil, isDisabled: Bool = false, isEnabled: Bool? = nil) {
        self.key = key
        self.value = value
        self.type = type
        self.isDisabled = isDisabled
        self.isEnabled = isEnabled
    }

    package var isSecret: Bool { type == "secret" }
}

/// An environment or globals file.
package struct PostmanEnvironment: Sendable, Hashable {
    package var id: String?
    package var name: String
    package var values: [VariableDefinition]

    package init(id: String? = nil, name: String, values: [VariableDefinition]) {
        self.id = id
        self.name = name
        self.values = values
    }
}
