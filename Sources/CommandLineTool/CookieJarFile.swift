import Foundation
import JSON
import PostmanFormat
import Transport

/// Reads and writes cookie jars in tough-cookie's serialised JSON, the format Newman's `--cookie-jar` and
/// `--export-cookie-jar` use.
enum CookieJarFile {
    static func parse(_ text: String, file: String) throws(LoadErrors) -> [Cookie] {
        let document: JSONValue
        do {
            document = try JSONParser.parse(text)
        } catch {
            throw LoadErrors([
                LoadError(
                    file: file, message: "the cookie jar is not valid JSON: \(error.message)",
                    position: SourcePosition(line: error.line, column: error.column))
            ])
        }
        guard case .array(let entries) = document["cookies"] ?? .null else {
            throw LoadErrors([
                LoadError(
                    file: file, message: "a cookie jar file needs a \"cookies\" array",
                    help: "pass a file written by --export-cookie-jar or by tough-cookie's toJSON()")
            ])
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return entries.compactMap { entry in
            guard let name = entry["key"]?.stringValue, let domain = entry["domain"]?.stringValue else { return nil }
            var expires: Date?
            if let text = entry["expires"]?.stringValue, text != "Infinity" {
                expires = formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text)
            }
            return Cookie(
                name: name, value: entry["value"]?.stringValue ?? "", domain: domain,
                hostOnly: entry["hostOnly"]?.boolValue ?? false, path: entry["path"]?.stringValue ?? "/",
                expires: expires, secure: entry["secure"]?.boolValue ?? false,
                httpOnly: entry["httpOnly"]?.boolValue ?? false, sameSite: entry["sameSite"]?.stringValue)
        }
    }

    static func render(_ cookies: [Cookie]) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let entries: [JSONValue] = cookies.map { cookie in
            var entry: JSONObject = [
                "key": .string(cookie.name),
                "value": .string(cookie.value),
                "domain": .string(cookie.domain),
                "path": .string(cookie.path),
                "hostOnly": .bool(cookie.hostOnly),
                "secure": .bool(cookie.secure),
                "httpOnly": .bool(cookie.httpOnly),
            ]
            if let expires = cookie.expires { entry["expires"] = .string(formatter.string(from: expires)) }
            if let sameSite = cookie.sameSite { entry["sameSite"] = .string(sameSite) }
            return .object(entry)
        }
        let document: JSONObject = [
            "version": "tough-cookie@4.1.3",
            "storeType": "MemoryCookieStore",
            "rejectPublicSuffixes": true,
            "cookies": .array(entries),
        ]
        return JSONWriter.write(.object(document), pretty: true) + "\n"
    }
}
