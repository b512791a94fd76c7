/// Replaces `{{name}}` tokens with values from a `ScopeChain`, exactly as Newman's substitutor does.
///
/// - A token is `{{` + anything but `{`/`}` + `}}`; the name is used verbatim, so `{{ x }}` looks up `" x "`.
/// - Each pass replaces every resolvable token; passes repeat while one replaced something, at most 19 times.
///   A chain of 19 indirections resolves, a 20th is left as `{{…}}`. Inner tokens go first, so
///   `{{outer_{{k}}}}` resolves `k` and then `outer_1`. A self-reference stops at the limit.
/// - Unresolved tokens stay in the text (Newman sends them literally); `resolve` also reports them.
/// - Every occurrence of a dynamic variable is generated separately.
package struct TemplateResolver: Sendable {
    /// Newman's `VARS_SUBREPLACE_LIMIT`.
    package static let passLimit = 19

    package var chain: ScopeChain

    package init(chain: ScopeChain) {
        self.chain = chain
    }

    /// The resolved text plus every token left in it, with where each came from in `template`.
    package func resolve(_ template: String) -> TemplateResolution {
        guard TemplateScanner.mayContainToken(template) else { return TemplateResolution(text: template) }
        return substitute(template, tracksOrigins: true)
    }

    /// Only the resolved text: the cheaper call when nobody reports unresolved tokens.
    package func resolvedText(_ template: String) -> String {
        guard TemplateScanner.mayContainToken(template) else { return template }
        return substitute(template, tracksOrigins: false).text
    }

    private func substitute(_ template: String, tracksOrigins: Bool) -> TemplateResolution {
        var bytes = Array(template.utf8)
        var origins = OriginMap(length: bytes.count)
        var passes = 0
        while passes < Self.passLimit {
            var output: [UInt8] = []
            var newOrigins = OriginMap()
            var copied = 0
            var replacedAny = false
            TemplateScanner.forEachToken(in: bytes) { token, nameRange in
                let name = String(decoding: bytes[nameRange], as: UTF8.self)
                guard let value = chain.value(for: name) else { return }
                if !replacedAny { output.reserveCapacity(bytes.count + value.utf8.count) }
                if tracksOrigins { newOrigins.copy(copied..<token.lowerBound, of: origins, to: output.count) }
                output.append(contentsOf: bytes[copied..<token.lowerBound])
                if tracksOrigins {
                    newOrigins.appendSubstitution(
                        length: value.utf8.count, at: output.count, origin: origins.origin(of: token))
                }
                output.append(contentsOf: value.utf8)
                copied = token.upperBound
                replacedAny = true
            }
            guard replacedAny else { break }
            if tracksOrigins { newOrigins.copy(copied..<bytes.count, of: origins, to: output.count) }
            output.append(contentsOf: bytes[copied...])
            bytes = output
            origins = newOrigins
            passes += 1
        }
        let text = passes == 0 ? template : String(decoding: bytes, as: UTF8.self)
        guard tracksOrigins else { return TemplateResolution(text: text) }
        var unresolved: [UnresolvedVariable] = []
        TemplateScanner.forEachToken(in: bytes) { token, nameRange in
            let name = String(decoding: bytes[nameRange], as: UTF8.self)
            unresolved.append(
                UnresolvedVariable(
                    name: name, reason: reason(for: name), sourceRange: origins.origin(of: token),
                    resolvedRange: token))
        }
        return TemplateResolution(text: text, unresolved: unresolved)
    }

    private func reason(for name: String) -> UnresolvedVariable.Reason {
        if chain.resolves(name) { return .nestingLimitReached }
        if let variable = chain.iterationData.variable(named: name), variable.resolvedValue?.isNull ?? true {
            return .nullInIterationData
        }
        return .undefined
    }
}

/// Maps byte ranges of the text being resolved back to byte ranges of the original template.
///
/// The text is a sequence of pieces: copied literally from the template (offsets map one to one) or produced
/// by a substitution (every byte maps to the whole template range of the token that was replaced).
private struct OriginMap {
    /// A run of bytes of the current text and the template bytes it came from.
    private struct Piece {
        var start: Int
        var end: Int
        var originStart: Int
        var originEnd: Int
        var isLiteral: Bool
    }

    private var pieces: [Piece] = []

    init() {}

    init(length: Int) {
        pieces = [Piece(start: 0, end: length, originStart: 0, originEnd: length, isLiteral: true)]
    }

    /// The template range the bytes `range` of the current text came from.
    func origin(of range: Range<Int>) -> Range<Int> {
        var lower = Int.max
        var upper = Int.min
        forEachPiece(overlapping: range) { piece, from, to in
            if piece.isLiteral {
                lower = min(lower, piece.originStart + (from - piece.start))
                upper = max(upper, piece.originStart + (to - piece.start))
            } else {
                lower = min(lower, piece.originStart)
                upper = max(upper, piece.originEnd)
            }
        }
        return lower <= upper ? lower..<upper : 0..<0
    }

    /// Appends the pieces of `range` of the text `source` describes, placed at `offset` of the new text.
    mutating func copy(_ range: Range<Int>, of source: OriginMap, to offset: Int) {
        guard !range.isEmpty else { return }
        source.forEachPiece(overlapping: range) { piece, from, to in
            let start = offset + (from - range.lowerBound)
            let end = start + (to - from)
            if piece.isLiteral {
                let originStart = piece.originStart + (from - piece.start)
                pieces.append(
                    Piece(
                        start: start, end: end, originStart: originStart, originEnd: originStart + (to - from),
                        isLiteral: true))
            } else {
                pieces.append(
                    Piece(
                        start: start, end: end, originStart: piece.originStart, originEnd: piece.originEnd,
                        isLiteral: false))
            }
        }
    }

    /// Records `length` substituted bytes at `offset` that came from the template range `origin`.
    mutating func appendSubstitution(length: Int, at offset: Int, origin: Range<Int>) {
        guard length > 0 else { return }
        pieces.append(
            Piece(
                start: offset, end: offset + length, originStart: origin.lowerBound,
                originEnd: origin.upperBound, isLiteral: false))
    }

    private func forEachPiece(overlapping range: Range<Int>, _ body: (Piece, Int, Int) -> Void) {
        // Binary search for the first piece ending after range.lowerBound.
        var low = 0
        var high = pieces.count
        while low < high {
            let middle = (low + high) / 2
            if pieces[middle].end <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < pieces.count, pieces[index].start < range.upperBound {
            let piece = pieces[index]
            body(piece, max(piece.start, range.lowerBound), min(piece.end, range.upperBound))
            index += 1
        }
    }
}
