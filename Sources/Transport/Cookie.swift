import Foundation

/// One stored cookie, with the RFC 6265 attributes that decide where it is sent.
package struct Cookie: Sendable, Hashable {
    package var name: String
    package var value: String
    /// Lower case, without a leading dot.
    package var domain: String
    /// True when the cookie had no Domain attribute: it is sent to exactly `domain`, not its subdomains.
    package var hostOnly: Bool
    package var path: String
    /// nil for a session cookie.
    package var expires: Date?
    package var secure: Bool
    package var httpOnly: Bool
    /// `Strict`, `Lax` or `None` when the server said so. Stored and exported, not enforced (no browsing context).
    package var sameSite: String?

    package init(
        name: String, value: String, domain: String, hostOnly: Bool = true, path: String = "/",
        expires: Date? = nil, secure: Bool = false, httpOnly: Bool = false, sameSite: String? = nil
    ) {
        self.name = name
        self.value = value
        self.domain = Self.canonicalDomain(domain)
        self.hostOnly = hostOnly
        self.path = path
        self.expires = expires
        self.secure = secure
        self.httpOnly = httpOnly
        self.sameSite = sameSite
    }

    package func isExpired(at now: Date) -> Bool {
        guard let expires else { return false }
        return expires <= now
    }

    /// Whether this cookie goes with a request to `url` (expiry aside).
    package func matches(_ url: URL) -> Bool {
        guard let host = Self.host(of: url) else { return false }
        let hostMatches = hostOnly ? host == domain : Self.domainMatches(host: host, domain: domain)
        guard hostMatches, Self.pathMatches(requestPath: Self.requestPath(of: url), cookiePath: path) else {
            return false
        }
        return !secure || url.scheme?.lowercased() == "https"
    }

    static func canonicalDomain(_ domain: String) -> String {
        var text = domain.lowercased()
        while text.hasPrefix(".") { text.removeFirst() }
        return text
    }

    static func host(of url: URL) -> String? {
        guard var host = url.host?.lowercased(), !host.isEmpty else { return nil }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return host
    }

    /// RFC 6265 §5.1.3.
    package static func domainMatches(host: String, domain: String) -> Bool {
        if host == domain { return true }
        return host.hasSuffix("." + domain) && !isIPAddress(host)
    }

    static func isIPAddress(_ host: String) -> Bool {
        if host.contains(":") { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// RFC 6265 §5.1.4.
    static func pathMatches(requestPath: String, cookiePath: String) -> Bool {
        if requestPath == cookiePath { return true }
        guard requestPath.hasPrefix(cookiePath) else { return false }
        if cookiePath.hasSuffix("/") { return true }
        return requestPath.dropFirst(cookiePath.count).first == "/"
    }

    static func requestPath(of url: URL) -> String {
        let path = URLComponents(url: url, resolvingAgainstBaseURL: false)?.percentEncodedPath ?? url.path
        return path.isEmpty ? "/" : path
    }

    /// RFC 6265 §5.1.4 default-path: the request path up to, not including, its last `/`.
    package static func defaultPath(for url: URL) -> String {
        let path = requestPath(of: url)
        guard path.hasPrefix("/"), let lastSlash = path.lastIndex(of: "/"), lastSlash != path.startIndex else {
            return "/"
        }
        return String(path[..<lastSlash])
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
