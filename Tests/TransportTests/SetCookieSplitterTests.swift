import Testing

@testable import Transport

@Suite struct SetCookieSplitterTests {
    static let cases: [(folded: String, cookies: [String])] = [
        ("a=1", ["a=1"]),
        ("a=1; Path=/, b=2", ["a=1; Path=/", "b=2"]),
        (
            "a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/, b=2",
            ["a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/", "b=2"]
        ),
        (
            "a=1; expires=Wednesday, 21-Oct-15 07:28:00 GMT, b=2; expires=Thu, 01 Jan 1970 00:00:00 GMT",
            ["a=1; expires=Wednesday, 21-Oct-15 07:28:00 GMT", "b=2; expires=Thu, 01 Jan 1970 00:00:00 GMT"]
        ),
        ("list=x,y,z; Path=/", ["list=x,y,z; Path=/"]),
        ("a=1,b=2", ["a=1", "b=2"]),
        ("a=1, , b=2", ["a=1,", "b=2"]),
        ("", []),
        ("a=1; HttpOnly, b=2; Secure, c=3", ["a=1; HttpOnly", "b=2; Secure", "c=3"]),
    ]

    @Test(arguments: cases)
    func foldedSetCookieIsSplitAtCookieBoundariesOnly(folded: String, cookies: [String]) {
        #expect(SetCookieSplitter.split(folded) == cookies)
    }
}
