import Foundation
import PostmanSandbox
import Transport
import Variables

/// The run's cookie jar as `pm.cookies.jar()` sees it: script cookies in, `Cookie`s stored, with the same
/// domain and path rules as cookies a response sets.
final class RunCookieStore: ScriptCookieStore {
    private let jar: CookieJar
    private let clock: any WallClock

    init(jar: CookieJar, clock: any WallClock) {
        self.jar = jar
        self.clock = clock
    }

    func cookies(for url: String) -> [ScriptCookie]? {
        guard case .success(let parsed) = URLEncoder.url(from: url) else { return nil }
        return jar.cookies(for: parsed, now: clock.now).map(Self.scriptCookie)
    }

    func store(_ cookie: ScriptCookie, from url: String) -> Result<ScriptCookie, ScriptCookieRefusal> {
        guard case .success(let parsed) = URLEncoder.url(from: url), let host = parsed.host?.lowercased(), !host.isEmpty
        else {
            return .failure(ScriptCookieRefusal("CookieJar.set() requires a valid url"))
        }
        guard !cookie.name.isEmpty || !cookie.value.isEmpty else {
            return .failure(ScriptCookieRefusal("Cookie failed to parse"))
        }
        let domain = cookie.domain.map { $0.lowercased() } ?? host
        // The same rule as for a response's Set-Cookie: a script can't plant cookies for another site.
        guard Cookie.domainMatches(host: host, domain: domain) else {
            return .failure(ScriptCookieRefusal("Cookie not in this host's domain. Cookie:\(domain) Request:\(host)"))
        }
        let stored = Cookie(
            name: cookie.name, value: cookie.value, domain: domain, hostOnly: cookie.domain == nil || cookie.hostOnly,
            path: cookie.path ?? Cookie.defaultPath(for: parsed),
            expires: cookie.expires.map { Date(timeIntervalSince1970: $0 / 1000) }, secure: cookie.secure,
            httpOnly: cookie.httpOnly)
        jar.insert(stored)
        return .success(Self.scriptCookie(stored))
    }

    func remove(_ cookie: ScriptCookie) {
        guard let domain = cookie.domain else { return }
        jar.remove(name: cookie.name, domain: domain, path: cookie.path ?? "/")
    }

    static func scriptCookie(_ cookie: Cookie) -> ScriptCookie {
        ScriptCookie(
            name: cookie.name, value: cookie.value, domain: cookie.domain, path: cookie.path,
            expires: cookie.expires.map { ($0.timeIntervalSince1970 * 1000).rounded() }, secure: cookie.secure,
            httpOnly: cookie.httpOnly, hostOnly: cookie.hostOnly)
    }
}
