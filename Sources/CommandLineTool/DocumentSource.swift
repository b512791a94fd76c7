import Foundation
import PostmanFormat
import Transport

/// Reads an input named on the command line: a file path, `-` for standard input, an http(s) URL, or a
/// Postman API UID when `--postman-api-key` is given.
struct DocumentSource {
    var io: ProcessIO
    var transport: any HTTPTransport
    var postmanAPIKey: String?

    /// What kind of document a UID names on the Postman API.
    enum Kind: String {
        case collection = "collections"
        case environment = "environments"
    }

    func readText(_ name: String, kind: Kind) throws(LoadErrors) -> String {
        String(decoding: try read(name, kind: kind), as: UTF8.self)
    }

    /// The document's bytes, as UTF-8.
    func read(_ name: String, kind: Kind) throws(LoadErrors) -> Data {
        if name == "-" {
            return decode(io.standardInput(), name: "<stdin>")
        }
        if name.hasPrefix("http://") || name.hasPrefix("https://") {
            return try fetch(name, displayName: name, apiKey: postmanAPIKey)
        }
        if let apiKey = postmanAPIKey, !FileManager.default.fileExists(atPath: name), isPostmanUID(name) {
            // Overridable for tests and for proxies in front of the Postman API.
            let base = io.environment["POSTIE_POSTMAN_API_URL"] ?? "https://api.postman.com"
            return try fetch("\(base)/\(kind.rawValue)/\(name)", displayName: name, apiKey: apiKey)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory) else {
            throw LoadErrors([
                LoadError(
                    file: name, message: "no such file: \(name)",
                    help: "check the path; it is relative to the current directory")
            ])
        }
        guard !isDirectory.boolValue else {
            throw LoadErrors([LoadError(file: name, message: "\(name) is a directory, not a file")])
        }
        guard let data = FileManager.default.contents(atPath: name) else {
            throw LoadErrors([
                LoadError(file: name, message: "could not read \(name)", help: "check the file's permissions")
            ])
        }
        return decode(data, name: name)
    }

    /// UTF-8 bytes: UTF-16 with a byte-order mark, as Postman on Windows sometimes writes, is converted.
    private func decode(_ data: Data, name: String) -> Data {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
            let text = String(data: data, encoding: .utf16)
        {
            return Data(text.utf8)
        }
        return data
    }

    private func isPostmanUID(_ text: String) -> Bool {
        !text.contains("/") && !text.hasSuffix(".json") && text.contains("-")
    }

    private func fetch(_ address: String, displayName: String, apiKey: String?) throws(LoadErrors) -> Data {
        guard let url = URL(string: address) else {
            throw LoadErrors([LoadError(file: displayName, message: "invalid URL \(address)")])
        }
        var request = HTTPRequest(method: "GET", url: url, headers: [("Accept", "application/json")])
        if let apiKey { request.headers.add("X-Api-Key", apiKey) }
        let response: HTTPResponse
        do {
            response = try transport.send(request, options: TransportOptions(timeout: .seconds(60)))
        } catch {
            throw LoadErrors([LoadError(file: displayName, message: "could not download \(displayName): \(error)")])
        }
        guard (200..<300).contains(response.status) else {
            throw LoadErrors([
                LoadError(
                    file: displayName,
                    message: "could not download \(displayName): the server answered \(response.status) \(response.reason)",
                    help: response.status == 401 || response.status == 403
                        ? "check --postman-api-key" : nil)
            ])
        }
        return decode(response.body, name: displayName)
    }
}
