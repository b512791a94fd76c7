import Foundation

/// The run's cookie store (RFC 6265): filled from `Set-Cookie`, read for each request's `Cookie` header.
/// Safe to use from several threads.
package final class CookieJar: @unchecked Sendable {
    private let lock = NSLock()
    // Kept in creation order; a replaced cookie keeps its place, as RFC 6265 keeps its creation time.
    private var stored: [Cookie] = []

    package init(_ cookies: [Cookie] = []) {
        for cookie in cookies { insert(cookie) }
    }

    /// Every stored cookie, in creation order (expired ones are dropped lazily, so may still appear).
    package var cookies: [Cookie] {
        lock.locked { stored }
    }

    /// Adds or replaces (same name, domain and path) a cookie, e.g. one imported with `--cookie-jar`.
    package func insert(_ cookie: Cookie) {
        lock.locked { put(cookie) }
    }

    /// Stores the cookies of a response from `url`. Each header may hold several cookies folded by URLSession.
    /// Returns the cookies stored; invalid ones (wrong domain, Secure over http, …) are skipped.
    @discardableResult
    package func store(setCookieHeaders headers: [String], for url: URL, now: Date) -> [Cookie] {
        var accepted: [Cookie] = []
        for header in headers {
            for text in SetCookieSplitter.split(header) {
                guard let cookie = Cookie(setCookie: text, from: url, now: now) else { continue }
                accepted.append(cookie)
            }
        }
        lock.locked {
            for cookie in accepted {
                if cookie.isExpired(at: now) {
                    stored.removeAll { $0.sameIdentity(as: cookie) }
                } else {
                    put(cookie)
                }
            }
        }
        return accepted.filter { !$0.isExpired(at: now) }
    }

    /// The cookies to send to `url`: longer paths first, then older first (RFC 6265 §5.4).
    package func cookies(for url: URL, now: Date) -> [Cookie] {
        lock.locked {
            stored.removeAll { $0.isExpired(at: now) }
            let matching = stored.enumerated().filter { $0.element.matches(url) }
            return matching.sorted { lhs, rhs in
                lhs.element.path.utf8.count != rhs.element.path.utf8.count
                    ? lhs.element.path.utf8.count > rhs.element.path.utf8.count : lhs.offset < rhs.offset
            }.map(\.element)
        }
    }

    /// The `Cookie` header value for `url`, or nil when no cookie applies.
    package func cookieHeader(for url: URL, now: Date) -> String? {
        let matching = cookies(for: url, now: now)
        guard !matching.isEmpty else { return nil }
        return matching.map { "\($0.name)=\($0.value)" }.joined(separator: "; ")
    }

    /// Removes the cookie with this name, domain and path, if any.
    package func remove(name: String, domain: String, path: String) {
        let domain = Cookie.canonicalDomain(domain)
        lock.locked { stored.removeAll { $0.name == name && $0.domain == domain && $0.path == path } }
    }

    package func removeAll() {
        lock.locked { stored.removeAll() }
    }

    /// Call with the lock held.
    private func put(_ cookie: Cookie) {
        if let index = stored.firstIndex(where: { $0.sameIdentity(as: cookie) }) {
            stored[index] = cookie
        } else {
            stored.append(cookie)
        }
    }
}

extension Cookie {
    /// RFC 6265: a new cookie replaces an old one with the same name, domain and path.
    func sameIdentity(as other: Cookie) -> Bool {
        name == other.name && domain == other.domain && path == other.path
    }
}
