/// One lexical token with its position and whether a line terminator preceded it (for ASI).
package struct Token: Sendable {
    /// The token's category.
    package enum Kind: Sendable, Equatable {
        case identifier
        case keyword
        case punctuator
        case number
        case string
        case template
        case regex
        case privateName
        case eof
    }

    package var kind: Kind
    /// Identifier name, keyword, punctuator text, or raw text for literals.
    package var text: String
    package var number: Double = 0
    /// Cooked string value (UTF-16) for strings and template chunks; nil for an invalid escape in a template.
    package var units: [UInt16]? = nil
    /// Raw template chunk (UTF-16).
    package var raw: [UInt16] = []
    /// For template chunks: true when the chunk ends the template (a closing backtick).
    package var templateTail = false
    /// For template chunks: true for the chunk that starts at a backtick.
    package var templateHead = false
    /// True when an escape appeared in an identifier or string (keywords may not contain escapes).
    package var hasEscape = false
    /// True for legacy octal literals and escapes (forbidden in strict mode).
    package var isLegacyOctal = false
    package var newlineBefore: Bool
    package var location: SourceLocation
    package var start: Int
    package var end: Int

    package func isPunct(_ p: String) -> Bool { kind == .punctuator && text == p }
    package func isKeyword(_ k: String) -> Bool { kind == .keyword && text == k }
}
