import Foundation
import Testing

@testable import Transport

@Suite struct CookieDateTests {
    static let valid: [(text: String, iso: String)] = [
        ("Wed, 21 Oct 2015 07:28:00 GMT", "2015-10-21T07:28:00Z"),
        ("Wednesday, 21-Oct-15 07:28:00 GMT", "2015-10-21T07:28:00Z"),
        ("Wed Oct 21 07:28:00 2015", "2015-10-21T07:28:00Z"),
        ("21 oct 1999 7:8:9", "1999-10-21T07:08:09Z"),
        ("Thu, 01 Jan 70 00:00:00 GMT", "1970-01-01T00:00:00Z"),
        ("Sat, 29 Feb 2020 23:59:59 GMT", "2020-02-29T23:59:59Z"),
        ("Fri, 31 Dec 9999 23:59:59 GMT", "9999-12-31T23:59:59Z"),
    ]

    @Test(arguments: valid)
    func lenientCookieDatesAreParsed(text: String, iso: String) throws {
        let date = try #require(CookieDate.parse(text))
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        #expect(formatter.string(from: date) == iso)
    }

    static let invalid = [
        "", "never", "Wed, 21 Oct 2015", "21 Oct 2015 25:00:00", "31 Feb 2015 00:00:00", "21 Foo 2015 00:00:00",
        "21 Oct 1600 00:00:00", "32 Oct 2015 00:00:00", "21 Oct 2015 07:60:00",
    ]

    @Test(arguments: invalid)
    func impossibleCookieDatesAreRejected(text: String) {
        #expect(CookieDate.parse(text) == nil)
    }
}
