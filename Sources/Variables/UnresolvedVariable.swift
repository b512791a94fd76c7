/// A `{{name}}` that is still in the resolved text, and where it came from in the template.
package struct UnresolvedVariable: Sendable, Hashable {
    /// Why the token was left in place.
    package enum Reason: Sendable, Hashable {
        /// No scope defines the name.
        case undefined
        /// The iteration data row holds `null` for the name.
        case nullInIterationData
        /// The name is defined but still appears after the 19 passes (a self- or mutual reference).
        case nestingLimitReached
    }

    /// The name between the braces, verbatim (`{{ x }}` gives `" x "`).
    package var name: String
    package var reason: Reason
    /// UTF-8 offsets, in the original template, of the text the token came from. For a token written in the
    /// template this is the token itself; for one produced by a substitution it is the template token that
    /// expanded to it (`{{a}}` when `a` holds `{{b}}`), or the whole composite (`{{outer_{{k}}}}`).
    package var sourceRange: Range<Int>
    /// UTF-8 offsets of the token in the resolved text.
    package var resolvedRange: Range<Int>

    package init(name: String, reason: Reason, sourceRange: Range<Int>, resolvedRange: Range<Int>) {
        self.name = name
        self.reason = reason
        self.sourceRange = sourceRange
        self.resolvedRange = resolvedRange
    }

    /// `sourceRange` as string indices into `template` (the string that was resolved).
    package func sourceRange(in template: String) -> Range<String.Index> {
        let utf8 = template.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: min(sourceRange.lowerBound, utf8.count))
        let upper = utf8.index(utf8.startIndex, offsetBy: min(sourceRange.upperBound, utf8.count))
        return lower..<upper
    }

    /// `sourceRange` counted in characters, for drawing a caret under the template.
    package func characterRange(in template: String) -> Range<Int> {
        let range = sourceRange(in: template)
        let lower = template.distance(from: template.startIndex, to: range.lowerBound)
        return lower..<(lower + template.distance(from: range.lowerBound, to: range.upperBound))
    }
}
