import PostmanFormat
import JSON

/// The collection flattened into the requests to run, each with what it inherits from its folders.
package struct RunPlan: Sendable {
    package var collectionName: String
    package var items: [PlannedItem]

    package init(collectionName: String, items: [PlannedItem]) {
        self.collectionName = collectionName
        self.items = items
    }

    /// Flattens `collection` depth-first. With `folders`, only the folders or requests named (by id or name) run,
    /// in collection order, as Newman does; their ancestors' scripts and auth still apply.
    package init(collection: PostmanCollection, folders: [String] = [], file: String = "") throws(RunPlanError) {
        self.collectionName = collection.info.name
        let collectionScripts = collection.events.map { PlannedScript(event: $0, owner: .collection) }
        var all: [PlannedItem] = []
        var selectedRoots: [String: Bool] = [:]
        for folder in folders { selectedRoots[folder] = false }

        func walk(
            _ items: [CollectionItem], ancestors: [String], auth: AuthDefinition?, scripts: [PlannedScript],
            behaviour: JSONObject, selected: Bool
        ) {
            for item in items {
                let isSelectedHere = folders.isEmpty || selected || Self.matches(item, folders, &selectedRoots)
                switch item {
                case .folder(let folder):
                    let folderScripts = folder.events.map { PlannedScript(event: $0, owner: .folder(folder.name)) }
                    walk(
                        folder.items, ancestors: ancestors + [folder.name], auth: folder.auth ?? auth,
                        scripts: scripts + folderScripts, behaviour: behaviour.merging(folder.protocolProfileBehavior),
                        selected: isSelectedHere)
                case .request(let request):
                    guard isSelectedHere else { continue }
                    let own = request.events.map { PlannedScript(event: $0, owner: .item) }
                    all.append(
                        PlannedItem(
                            item: request, folders: ancestors, auth: request.request.auth ?? auth,
                            scripts: scripts + own,
                            protocolProfileBehavior: behaviour.merging(request.protocolProfileBehavior)))
                }
            }
        }
        walk(
            collection.items, ancestors: [], auth: collection.auth, scripts: collectionScripts,
            behaviour: collection.protocolProfileBehavior, selected: false)
        let missing = folders.filter { selectedRoots[$0] == false }
        if !missing.isEmpty {
            throw RunPlanError.unknownFolder(
                missing[0], file: file, candidates: Self.names(in: collection.items))
        }
        self.items = all
    }

    /// Matches by id or name; each name counts once, so nested duplicates don't run twice.
    private static func matches(_ item: CollectionItem, _ folders: [String], _ found: inout [String: Bool]) -> Bool {
        var matched = false
        for folder in folders where item.id == folder || item.name == folder {
            found[folder] = true
            matched = true
        }
        return matched
    }

    private static func names(in items: [CollectionItem]) -> [String] {
        items.flatMap { item -> [String] in
            switch item {
            case .folder(let folder): [folder.name] + names(in: folder.items)
            case .request(let request): [request.name]
            }
        }
    }
}

/// One request to run, with the auth, scripts and protocol behaviour it inherits.
package struct PlannedItem: Sendable {
    package var item: RequestItem
    /// The names of the folders it sits in, outermost first.
    package var folders: [String]
    /// The effective auth: the item's own, else the nearest folder's, else the collection's.
    package var auth: AuthDefinition?
    /// Collection, folder and item scripts in the order they run.
    package var scripts: [PlannedScript]
    package var protocolProfileBehavior: JSONObject

    package init(
        item: RequestItem, folders: [String] = [], auth: AuthDefinition? = nil, scripts: [PlannedScript] = [],
        protocolProfileBehavior: JSONObject = [:]
    ) {
        self.item = item
        self.folders = folders
        self.auth = auth
        self.scripts = scripts
        self.protocolProfileBehavior = protocolProfileBehavior
    }

    package var id: String { item.id ?? item.location }
    package var name: String { item.name }
    /// `Folder / Sub / Item`, as Newman names a request in reports.
    package var displayPath: String { (folders + [item.name]).joined(separator: " / ") }

    package var prerequestScripts: [PlannedScript] { scripts.filter { $0.event.kind == .prerequest && !$0.event.isDisabled } }
    package var testScripts: [PlannedScript] { scripts.filter { $0.event.kind == .test && !$0.event.isDisabled } }

    package func behaviour(_ key: String) -> JSONValue? { protocolProfileBehavior[key] }
}

/// A script and where it came from, for locating its errors.
package struct PlannedScript: Sendable {
    package enum Owner: Sendable, Hashable {
        case collection
        case folder(String)
        case item
    }

    package var event: ScriptEvent
    package var owner: Owner
}

/// Why a run could not be planned.
package enum RunPlanError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownFolder(String, file: String, candidates: [String])

    package var description: String {
        switch self {
        case .unknownFolder(let name, let file, let candidates):
            var lines = ["error: no folder or request named '\(name)'", "  --> \(file) › --folder \(name)"]
            if let suggestion = Suggestion.closest(to: name, in: candidates) {
                lines.append("   = help: did you mean '\(suggestion)'?")
            } else {
                let sample = candidates.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
                lines.append("   = help: --folder takes a folder or request name or id; this collection has \(sample)")
            }
            return lines.joined(separator: "\n")
        }
    }
}

extension JSONObject {
    /// Child keys win, as in Postman's protocolProfileBehavior inheritance.
    func merging(_ child: JSONObject) -> JSONObject {
        var merged = self
        for member in child { merged[member.key] = member.value }
        return merged
    }
}
