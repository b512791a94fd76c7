import JSON

/// One cookie as `pm.cookies.jar()` reads and writes it: postman-collection's `Cookie` fields.
package struct ScriptCookie: Equatable, Sendable {
    package var name: String
    package var value: String
    /// nil when a script sets a cookie without one: the URL's host, host-only.
    package var domain: String?
    /// nil when a script sets a cookie without one: the URL's default path.
    package var path: String?
    /// Milliseconds since 1970; nil for a session cookie.
    package var expires: Double?
    package var secure: Bool
    package var httpOnly: Bool
    package var hostOnly: Bool

    package init(
        name: String, value: String, domain: String? = nil, path: String? = nil, expires: Double? = nil,
        secure: Bool = false, httpOnly: Bool = false, hostOnly: Bool = false
    ) {
        self.name = name
        self.value = value
        self.domain = domain
        self.path = path
        self.expires = expires
        self.secure = secure
        self.httpOnly = httpOnly
        self.hostOnly = hostOnly
    }
}

/// The run's cookie jar as scripts reach it through `pm.cookies.jar()`. The runner provides it; the sandbox
/// doesn't know how cookies are stored or matched.
package protocol ScriptCookieStore: AnyObject {
    /// The cookies a request to `url` would carry, or nil when `url` is not a URL.
    func cookies(for url: String) -> [ScriptCookie]?
    /// Stores `cookie` as though a response from `url` had set it: the stored cookie, or why it was refused.
    func store(_ cookie: ScriptCookie, from url: String) -> Result<ScriptCookie, ScriptCookieRefusal>
    /// Removes the stored cookie with `cookie`'s name, domain and path.
    func remove(_ cookie: ScriptCookie)
}

/// Why a cookie store refused a script's cookie; `message` is what the script's callback receives.
package struct ScriptCookieRefusal: Error, Equatable {
    package let message: String
    package init(_ message: String) { self.message = message }
}

extension ScriptCookie {
    /// The object scripts see, with postman-collection's member names.
    var jsonValue: JSONValue {
        var object: JSONObject = ["name": .string(name), "value": .string(value)]
        if let domain { object["domain"] = .string(domain) }
        if let path { object["path"] = .string(path) }
        if let expires { object["expires"] = .number(expires) }
        object["secure"] = .bool(secure)
        object["httpOnly"] = .bool(httpOnly)
        object["hostOnly"] = .bool(hostOnly)
        return .object(object)
    }

    /// A cookie from what a script passed; `key` is accepted for `name`, as postman-collection does.
    init?(json: JSONValue) {
        guard let name = json["name"]?.stringValue ?? json["key"]?.stringValue else { return nil }
        // The prelude has already turned the value into a string.
        self.init(
            name: name, value: json["value"]?.stringValue ?? "", domain: json["domain"]?.stringValue, path: json["path"]?.stringValue,
            expires: json["expires"]?.numberValue, secure: json["secure"]?.boolValue ?? false,
            httpOnly: json["httpOnly"]?.boolValue ?? false, hostOnly: json["hostOnly"]?.boolValue ?? false)
    }
}
