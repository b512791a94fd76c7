import JSON

/// A parsed Postman collection (format v2.0 or v2.1), folders and requests in document order.
package struct PostmanCollection: Sendable, Hashable {
    package var info: CollectionInfo
    package var items: [CollectionItem]
    package var events: [ScriptEvent]
    package var variables: [VariableDefinition]
    package var auth: AuthDefinition?
    package var protocolProfileBehavior: JSONObject

    package init(
        info: CollectionInfo, items: [CollectionItem], events: [ScriptEvent] = [],
        variables: [VariableDefinition] = [], auth: AuthDefinition? = nil,
        protocolProfileBehavior: JSONObject = [:]
    ) {
        self.info = info
        self.items = items
        self.events = events
        self.variables = variables
        self.auth = auth
        self.protocolProfileBehavior = protocolProfileBehavior
    }
}

/// The `info` block: the collection's identity and format version.
package struct CollectionInfo: Sendable, Hashable {
    package var id: String?
    package var name: String
    package var description: String?
    package var schema: String

    package init(id: String? = nil, name: String, description: String? = nil, schema: String) {
        self.id = id
        self.name = name
        self.description = description
        self.schema = schema
    }
}

/// An entry of an `item` array: either a folder of further items or a request.
package enum CollectionItem: Sendable, Hashable {
    case folder(Folder)
    case request(RequestItem)

    package var name: String {
        switch self {
        case .folder(let folder): folder.name
        case .request(let request): request.name
        }
    }

    package var id: String? {
        switch self {
        case .folder(let folder): folder.id
        case .request(let request): request.id
        }
    }
}

/// A folder: a named group of items that can carry its own auth, scripts and protocol behaviour.
package struct Folder: Sendable, Hashable {
    package var id: String?
    package var name: String
    package var description: String?
    package var items: [CollectionItem]
    package var events: [ScriptEvent]
    package var auth: AuthDefinition?
    package var protocolProfileBehavior: JSONObject
    /// Where the folder is in its document, e.g. `item[2]`.
    package var location: String

    package init(
        id: String? = nil, name: String, description: String? = nil, items: [CollectionItem],
        events: [ScriptEvent] = [], auth: AuthDefinition? = nil, protocolProfileBehavior: JSONObject = [:],
        location: String = ""
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.items = items
        self.events = events
        self.auth = auth
        self.protocolProfileBehavior = protocolProfileBehavior
        self.location = location
    }
}

/// A request item: the request as written, its scripts, and its saved example responses.
package struct RequestItem: Sendable, Hashable {
    package var id: String?
    package var name: String
    package var description: String?
    package var request: RequestTemplate
    package var examples: [SavedExample]
    package var events: [ScriptEvent]
    package var protocolProfileBehavior: JSONObject
    /// Where the item is in its document, e.g. `item[2].item[0]`.
    package var location: String

    package init(
        id: String? = nil, name: String, description: String? = nil, request: RequestTemplate,
        examples: [SavedExample] = [], events: [ScriptEvent] = [], protocolProfileBehavior: JSONObject = [:],
        location: String = ""
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.request = request
        self.examples = examples
        self.events = events
        self.protocolProfileBehavior = protocolProfileBehavior
        self.location = location
    }
}
