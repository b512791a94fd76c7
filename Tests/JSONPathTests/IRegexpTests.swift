import Testing

@testable import JSONPath

/// I-Regexp (RFC 9485) parsing and matching.
@Suite struct IRegexpTests {
    @Test(arguments: [
        ("a.c", "abc", true), ("a.c", "a\nc", false), ("ab*", "abbb", true), ("ab+", "a", false),
        ("(ab|cd){2}", "abcd", true), ("(ab|cd){2}", "ab", false), ("a{2,}", "aaaa", true), ("a{2,3}", "aaaa", false),
        ("[a-c]+", "cab", true), ("[^a-c]", "d", true), ("[^a-c]", "a", false), ("[a-]", "-", true),
        ("\\p{Lu}\\p{Ll}", "Ab", true), ("\\P{L}", "1", true), ("\\p{L}", "1", false), ("[\\p{N}x]+", "1x2", true),
        ("\\.", ".", true), ("\\.", "a", false), ("a\\nb", "a\nb", true), ("", "", true), ("x?", "", true),
        ("^ab$", "ab", true), ("😀+", "😀😀", true), ("a|", "", true),
    ])
    func wholeStringMatching(pattern: String, text: String, expected: Bool) throws {
        let regexp = try #require(IRegexp(pattern))
        #expect(regexp.matches(text) == expected)
    }

    @Test(arguments: [
        ("b", "abc", true), ("^b", "abc", false), ("c$", "abc", true), ("b$", "abc", false), ("x", "abc", false),
        ("", "abc", true), ("[0-9]{3}", "ab1234", true),
    ])
    func substringSearching(pattern: String, text: String, expected: Bool) throws {
        let regexp = try #require(IRegexp(pattern))
        #expect(regexp.search(text) == expected)
    }

    @Test(arguments: ["(", ")", "a**", "[", "[]", "[z-a]", "\\d", "\\w", "a{2,1}", "a{", "(?:a)", "a+?", "\\p{Xx}",
        "[a-z-0]", "]", "}", "\\$", "a{1000000}"])
    func invalidPatternIsRejected(pattern: String) {
        #expect(IRegexp(pattern) == nil)
    }

    @Test func nestedQuantifiersDoNotBacktrackExponentially() throws {
        let regexp = try #require(IRegexp("(a*)*b"))
        #expect(!regexp.matches(String(repeating: "a", count: 5_000)))
    }
}
