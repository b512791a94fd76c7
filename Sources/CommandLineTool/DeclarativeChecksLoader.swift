import Assertions
import Foundation
import PostmanFormat
import Runner

/// Builds the run's declarative checks from `--assert`, `--assertions` (or the file found beside the
/// collection) and `--contract`.
struct DeclarativeChecksLoader {
    var arguments: RunArguments

    /// `<name>.assertions.json` beside `collections/<name>.postman_collection.json` (or `<name>.json`).
    static func discoveredFile(beside collection: String) -> String? {
        guard collection != "-", !collection.hasPrefix("http://"), !collection.hasPrefix("https://") else { return nil }
        let url = URL(fileURLWithPath: collection)
        var name = url.lastPathComponent
        for suffix in [".postman_collection.json", ".json"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
            break
        }
        let candidate = url.deletingLastPathComponent().appendingPathComponent(name + ".assertions.json").path
        let relative = (collection as NSString).deletingLastPathComponent
        let shown = relative.isEmpty ? name + ".assertions.json" : relative + "/" + name + ".assertions.json"
        return FileManager.default.fileExists(atPath: candidate) ? shown : nil
    }

    func load(source: DocumentSource) throws(RunCommandError) -> DeclarativeChecks {
        var checks = DeclarativeChecks()
        for line in arguments.assertions {
            do {
                checks.assertions.append(try AssertionParser.parse(line))
            } catch {
                throw RunCommandError(description: error.rendered(location: "--assert"), exitCode: .usage)
            }
        }
        if let path = arguments.assertionsFile ?? Self.discoveredFile(beside: arguments.collection) {
            let text: String
            do {
                text = try source.readText(path, kind: .environment)
            } catch {
                throw RunCommandError(description: error.description, exitCode: .loadError)
            }
            do {
                checks.file = try AssertionsFile.parse(text, file: path)
            } catch {
                throw RunCommandError(description: error.description, exitCode: .usage)
            }
        }
        if arguments.contract != nil {
            checks.contract = ContractOptions(
                nulls: ContractOptions.Nulls(rawValue: arguments.contractNulls) ?? .lenient,
                extraKeys: ContractOptions.ExtraKeys(rawValue: arguments.contractExtraKeys) ?? .ignore)
        }
        return checks
    }

    /// Selectors of the assertions file that match no request of the plan.
    static func unmatchedSelectorWarnings(_ checks: DeclarativeChecks, plan: RunPlan) -> [String] {
        guard let file = checks.file else { return [] }
        let items = plan.items.map { (id: $0.item.id, path: $0.folders + [$0.name]) }
        return file.unmatchedSelectors(items: items).map { selector in
            "warning: the selector '\(selector.pattern)' in \(file.file) matches no request in this collection"
        }
    }
}
