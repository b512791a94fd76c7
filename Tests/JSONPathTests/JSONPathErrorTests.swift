import Testing

@testable import JSONPath

/// Exact parse-error messages, with the caret under the offending column.
@Suite struct JSONPathErrorTests {
    @Test(arguments: [
        ("", 0, "the query is empty; it must start with '$'"),
        ("a.b", 0, "a query must start with '$'"),
        ("$.a ", 3, "whitespace is not allowed at the end of a query"),
        ("$.a]", 3, "unexpected ']' after the query"),
        ("$[01]", 2, "an integer must not have a leading zero"),
        ("$[-0]", 2, "'-0' is not a valid integer here"),
        ("$[9007199254740992]", 2, "integer out of range: it must be within ±9007199254740991"),
        ("$['a'", 5, "expected ']' to close the selection"),
        ("$['a", 2, "unterminated string"),
        ("$[\"\\uD800\"]", 3, "high surrogate must be followed by a \\u low surrogate"),
        ("$[?@.a == ]", 10, "expected a filter expression: a query ('@' or '$'), a literal or a function call"),
        ("$[?@.* == 1]", 3, "a comparison needs a singular query (names and indices only)"),
        ("$[?length(@.*) == 1]", 10, "length() expects a single value, but this query can select several nodes"),
        ("$[?lenght(@) == 1]", 3, "unknown function 'lenght'; the functions are length, count, match, search, value"),
        ("$[?length(@)]", 3, "length() returns a value, which must be compared"),
        ("$[?match(@.a, 'x') == true]", 3, "match() returns a logical value, which cannot be compared"),
        ("$[?count(@.a, 1) == 1]", 14, "count() takes 1 argument"),
        ("$[?1]", 3, "a literal cannot stand alone in a filter; compare it with something"),
        ("$..", 3, "expected a name, '*' or '[' after '..'"),
        ("$[?foo]", 3, "unexpected 'foo': expected a query, a literal or a function call"),
        ("$" + String(repeating: "[?@", count: 70), 193, "the query is nested too deeply (more than 64 levels)"),
        ("$[?" + String(repeating: "(", count: 100) + "@", 66, "the query is nested too deeply (more than 64 levels)"),
    ])
    func invalidQueryIsReportedAtItsColumn(query: String, offset: Int, message: String) {
        #expect {
            try JSONPathQuery(query)
        } throws: { error in
            guard let error = error as? JSONPathError else { return false }
            #expect(error.message == message)
            #expect(error.offset == offset)
            return error.message == message && error.offset == offset
        }
    }

    @Test func descriptionShowsTheQueryWithACaret() {
        #expect {
            try JSONPathQuery("$.items[?@.price >]")
        } throws: { error in
            (error as? JSONPathError)?.description == """
                error: invalid JSONPath: expected a filter expression: a query ('@' or '$'), a literal or a function call
                   |
                   | $.items[?@.price >]
                   |                   ^
                """
        }
    }
}
