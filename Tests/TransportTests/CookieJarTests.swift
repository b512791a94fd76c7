import Foundation
import Testing

@testable import Transport

private let now = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14T22:13:20Z

private func url(_ text: String) -> URL {
    URL(string: text) ?? URL(fileURLWithPath: "/invalid")
}

@Suite struct CookieJarTests {
    /// (rule, response URL, Set-Cookie, request URL, expected Cookie header)
    static let sendingRules: [(String, String, String, String, String?)] = [
        ("host-only cookie goes back to its host", "http://example.com/", "a=1", "http://example.com/x", "a=1"),
        ("host-only cookie skips subdomains", "http://example.com/", "a=1", "http://www.example.com/", nil),
        (
            "domain cookie reaches subdomains", "http://example.com/", "a=1; Domain=example.com",
            "http://api.example.com/", "a=1"
        ),
        (
            "leading dot in Domain is ignored", "http://www.example.com/", "a=1; Domain=.example.com",
            "http://example.com/", "a=1"
        ),
        (
            "Domain is case-insensitive", "http://www.example.com/", "a=1; Domain=EXAMPLE.com", "http://x.example.com/",
            "a=1"
        ),
        (
            "Domain must cover the setting host", "http://example.com/", "a=1; Domain=other.com", "http://other.com/",
            nil
        ),
        (
            "Domain cannot be a sibling", "http://a.example.com/", "a=1; Domain=b.example.com", "http://b.example.com/",
            nil
        ),
        ("single-label Domain is rejected", "http://example.com/", "a=1; Domain=com", "http://example.com/", nil),
        (
            "suffix without a dot boundary does not match", "http://example.com/", "a=1; Domain=example.com",
            "http://badexample.com/", nil
        ),
        ("IP address cookies are exact", "http://127.0.0.1:8080/", "a=1", "http://127.0.0.1:9090/", "a=1"),
        ("IP address does not match localhost", "http://127.0.0.1/", "a=1", "http://localhost/", nil),
        ("localhost keeps its cookies", "http://localhost:3000/", "a=1", "http://localhost:3000/", "a=1"),
        ("default path is the directory of the request", "http://h.com/a/b/c", "a=1", "http://h.com/a/b/d", "a=1"),
        ("default path does not reach the parent", "http://h.com/a/b/c", "a=1", "http://h.com/a/x", nil),
        ("default path of a top-level file is /", "http://h.com/file", "a=1", "http://h.com/other", "a=1"),
        ("Path matches itself", "http://h.com/", "a=1; Path=/docs", "http://h.com/docs", "a=1"),
        ("Path matches below a slash", "http://h.com/", "a=1; Path=/docs", "http://h.com/docs/web", "a=1"),
        ("Path does not match a longer name", "http://h.com/", "a=1; Path=/docs", "http://h.com/docsets", nil),
        ("Path ending in a slash matches below", "http://h.com/", "a=1; Path=/docs/", "http://h.com/docs/x", "a=1"),
        ("relative Path means the default path", "http://h.com/a/b", "a=1; Path=x", "http://h.com/a/c", "a=1"),
        ("Secure cookie is sent over https only", "https://h.com/", "a=1; Secure", "http://h.com/", nil),
        ("Secure cookie is sent over https", "https://h.com/", "a=1; Secure", "https://h.com/", "a=1"),
        ("Secure cookie from http is rejected", "http://h.com/", "a=1; Secure", "https://h.com/", nil),
        ("Max-Age in the future keeps the cookie", "http://h.com/", "a=1; Max-Age=60", "http://h.com/", "a=1"),
        ("Max-Age=0 drops the cookie", "http://h.com/", "a=1; Max-Age=0", "http://h.com/", nil),
        ("negative Max-Age drops the cookie", "http://h.com/", "a=1; Max-Age=-5", "http://h.com/", nil),
        (
            "Expires in the past drops the cookie", "http://h.com/", "a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
            "http://h.com/", nil
        ),
        (
            "Expires in the future keeps it", "http://h.com/", "a=1; Expires=Wed, 21 Oct 2099 07:28:00 GMT",
            "http://h.com/", "a=1"
        ),
        (
            "Max-Age wins over Expires", "http://h.com/", "a=1; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
            "http://h.com/", "a=1"
        ),
        ("unparsable Expires means a session cookie", "http://h.com/", "a=1; Expires=never", "http://h.com/", "a=1"),
        ("nameless cookie is ignored", "http://h.com/", "=1", "http://h.com/", nil),
        ("cookie without = is ignored", "http://h.com/", "justtext", "http://h.com/", nil),
        ("empty value is kept", "http://h.com/", "a=", "http://h.com/", "a="),
        ("spaces around name and value are trimmed", "http://h.com/", " a = 1 ; Path=/", "http://h.com/", "a=1"),
        ("quotes in the value are kept", "http://h.com/", #"a="q v""#, "http://h.com/", #"a="q v""#),
        ("__Secure- needs Secure", "https://h.com/", "__Secure-a=1", "https://h.com/", nil),
        (
            "__Host- needs Secure, no Domain and Path=/", "https://h.com/", "__Host-a=1; Secure; Path=/",
            "https://h.com/", "__Host-a=1"
        ),
        (
            "__Host- with a Domain is rejected", "https://h.com/", "__Host-a=1; Secure; Path=/; Domain=h.com",
            "https://h.com/", nil
        ),
    ]

    @Test(arguments: sendingRules)
    func setCookieFollowsRFC6265(rule: String, from: String, setCookie: String, to: String, expected: String?) {
        let jar = CookieJar()
        jar.store(setCookieHeaders: [setCookie], for: url(from), now: now)
        #expect(jar.cookieHeader(for: url(to), now: now) == expected, "\(rule)")
    }

    @Test func longerPathsComeFirstThenOlderCookies() {
        let jar = CookieJar()
        jar.store(
            setCookieHeaders: ["first=1; Path=/", "deep=2; Path=/a/b", "second=3; Path=/", "mid=4; Path=/a"],
            for: url("http://h.com/"), now: now)
        #expect(jar.cookieHeader(for: url("http://h.com/a/b/c"), now: now) == "deep=2; mid=4; first=1; second=3")
    }

    @Test func sameNameDomainAndPathReplacesAndKeepsThePlace() {
        let jar = CookieJar()
        jar.store(setCookieHeaders: ["a=1", "b=2"], for: url("http://h.com/"), now: now)
        jar.store(setCookieHeaders: ["a=3"], for: url("http://h.com/"), now: now)
        #expect(jar.cookieHeader(for: url("http://h.com/"), now: now) == "a=3; b=2")
        #expect(jar.cookies.count == 2)
    }

    @Test func sameNameOnAnotherPathIsADifferentCookie() {
        let jar = CookieJar()
        jar.store(setCookieHeaders: ["a=1; Path=/", "a=2; Path=/x"], for: url("http://h.com/"), now: now)
        #expect(jar.cookieHeader(for: url("http://h.com/x"), now: now) == "a=2; a=1")
    }

    @Test func expiredSetCookieDeletesTheStoredCookie() {
        let jar = CookieJar()
        jar.store(setCookieHeaders: ["a=1", "b=2"], for: url("http://h.com/"), now: now)
        jar.store(setCookieHeaders: ["a=gone; Max-Age=0"], for: url("http://h.com/"), now: now)
        #expect(jar.cookieHeader(for: url("http://h.com/"), now: now) == "b=2")
    }

    @Test func cookiesExpireAsTheInjectedClockMoves() {
        let jar = CookieJar()
        jar.store(setCookieHeaders: ["a=1; Max-Age=60"], for: url("http://h.com/"), now: now)
        #expect(jar.cookieHeader(for: url("http://h.com/"), now: now.addingTimeInterval(59)) == "a=1")
        #expect(jar.cookieHeader(for: url("http://h.com/"), now: now.addingTimeInterval(60)) == nil)
        #expect(jar.cookies.isEmpty)
    }

    @Test func attributesAreStoredForExport() throws {
        let jar = CookieJar()
        let stored = jar.store(
            setCookieHeaders: ["sid=abc; Domain=Example.com; Path=/app; Max-Age=3600; Secure; HttpOnly; SameSite=lax"],
            for: url("https://www.example.com/app/login"), now: now)
        let cookie = try #require(stored.first)
        #expect(
            cookie
                == Cookie(
                    name: "sid", value: "abc", domain: "example.com", hostOnly: false, path: "/app",
                    expires: now.addingTimeInterval(3600), secure: true, httpOnly: true, sameSite: "Lax"))
        #expect(jar.cookies == [cookie])
    }

    @Test func insertedCookiesAreSentLikeReceivedOnes() {
        let jar = CookieJar([Cookie(name: "imported", value: "1", domain: ".Example.com", hostOnly: false)])
        jar.insert(Cookie(name: "host", value: "2", domain: "example.com"))
        #expect(jar.cookieHeader(for: url("http://example.com/"), now: now) == "imported=1; host=2")
        #expect(jar.cookieHeader(for: url("http://sub.example.com/"), now: now) == "imported=1")
        jar.remove(name: "imported", domain: "example.com", path: "/")
        #expect(jar.cookieHeader(for: url("http://sub.example.com/"), now: now) == nil)
        jar.removeAll()
        #expect(jar.cookies.isEmpty)
    }

    @Test func foldedHeaderStoresEveryCookie() {
        let jar = CookieJar()
        jar.store(
            setCookieHeaders: ["a=1; Expires=Wed, 21 Oct 2099 07:28:00 GMT; Path=/, b=2; HttpOnly, c=3"],
            for: url("http://h.com/"), now: now)
        #expect(jar.cookies.map(\.name) == ["a", "b", "c"])
    }
}
