import Foundation

extension Cookie {
    /// Parses one `Set-Cookie` value received from `url` and applies RFC 6265 §5.3's storage rules;
    /// nil when the cookie must be ignored.
    package init?(setCookie header: String, from url: URL, now: Date) {
        guard let host = Self.host(of: url) else { return nil }
        let pieces = header.split(separator: ";", omittingEmptySubsequences: false)
        guard let pair = pieces.first, let equals = pair.firstIndex(of: "=") else { return nil }
        let name = pair[..<equals].trimmingCookieSpaces
        let value = pair[pair.index(after: equals)...].trimmingCookieSpaces
        guard !name.isEmpty else { return nil }

        var expiresAttribute: Date?
        var maxAge: Int?
        var domainAttribute: String?
        var pathAttribute: String?
        var secure = false
        var httpOnly = false
        var sameSite: String?
        for piece in pieces.dropFirst() {
            let attributeName: String
            let attributeValue: String
            if let equals = piece.firstIndex(of: "=") {
                attributeName = piece[..<equals].trimmingCookieSpaces.lowercased()
                attributeValue = piece[piece.index(after: equals)...].trimmingCookieSpaces
            } else {
                attributeName = piece.trimmingCookieSpaces.lowercased()
                attributeValue = ""
            }
            switch attributeName {
            case "expires":
                if let date = CookieDate.parse(attributeValue) { expiresAttribute = date }
            case "max-age":
                let digits = attributeValue.hasPrefix("-") ? attributeValue.dropFirst() : Substring(attributeValue)
                if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) {
                    maxAge = attributeValue.hasPrefix("-") ? -1 : Int(digits) ?? Int.max
                }
            case "domain":
                if !attributeValue.isEmpty { domainAttribute = Self.canonicalDomain(attributeValue) }
            case "path":
                pathAttribute = attributeValue.hasPrefix("/") ? attributeValue : nil
            case "secure": secure = true
            case "httponly": httpOnly = true
            case "samesite":
                switch attributeValue.lowercased() {
                case "strict": sameSite = "Strict"
                case "lax": sameSite = "Lax"
                case "none": sameSite = "None"
                default: break
                }
            default: break
            }
        }

        let expires: Date?
        if let maxAge {
            let seconds = min(Double(maxAge), 400 * 24 * 3600)
            expires = maxAge <= 0 ? Date.distantPast : now.addingTimeInterval(seconds)
        } else {
            expires = expiresAttribute
        }

        var domain = host
        var hostOnly = true
        if let domainAttribute, !domainAttribute.isEmpty {
            if !domainAttribute.contains(".") && domainAttribute != "localhost" {
                // A single label (`com`, `local`) stands in for a public suffix: only that very host may set it,
                // and then as a host-only cookie.
                guard domainAttribute == host else { return nil }
            } else {
                guard Self.domainMatches(host: host, domain: domainAttribute) else { return nil }
                domain = domainAttribute
                hostOnly = false
            }
        }
        let isHTTPS = url.scheme?.lowercased() == "https"
        if secure && !isHTTPS { return nil }
        let path = pathAttribute ?? Self.defaultPath(for: url)
        if name.hasPrefix("__Secure-") && !secure { return nil }
        if name.hasPrefix("__Host-") && (!secure || !hostOnly || path != "/") { return nil }

        self.init(
            name: name, value: value, domain: domain, hostOnly: hostOnly, path: path, expires: expires,
            secure: secure, httpOnly: httpOnly, sameSite: sameSite)
    }
}

extension StringProtocol {
    /// Trims the whitespace RFC 6265 allows around names, values and attributes.
    var trimmingCookieSpaces: String {
        var slice = Substring(self)
        while let c = slice.first, c == " " || c == "\t" { slice.removeFirst() }
        while let c = slice.last, c == " " || c == "\t" { slice.removeLast() }
        return String(slice)
    }
}
