/// The outcome of one declarative check. A check that could not be evaluated (wrong types, no node, a body that
/// is not JSON) is a failure with a `message`, never a crash.
package struct AssertionResult: Sendable, Hashable {
    /// The assertion line as written: the name reports show (JUnit testcase name).
    package var name: String
    package var passed: Bool
    /// The predicate with its values resolved, such as `< 400` or `not isNull`.
    package var expected: String
    /// The actual value as JSON text (capped at `AssertionResult.maximumActualLength` characters), or a phrase
    /// such as `no node` or `no header 'ETag'`. Reporters excerpt and redact it.
    package var actual: String
    /// For JSONPath checks, the normalized path of the node that failed (or the single node checked).
    package var path: String?
    /// Why the check could not be evaluated, when that is the reason it failed.
    package var message: String?

    /// Actual values longer than this are cut, so a 10 MB body does not end up in a result.
    package static let maximumActualLength = 2_000

    package init(
        name: String, passed: Bool, expected: String, actual: String, path: String? = nil, message: String? = nil
    ) {
        self.name = name
        self.passed = passed
        self.expected = expected
        self.actual = actual
        self.path = path
        self.message = message
    }
}
