/// One PEM block (RFC 7468): the label from its `-----BEGIN <label>-----` line and the DER bytes of its body.
///
/// Reading is lenient about layout, because keys reach Postman through text fields and variables: line breaks
/// may be missing (asap strips them), CRLF or escaped as the two characters `\n`, and other text may surround
/// the block.
package struct PEMDocument: Sendable, Equatable {
    package var label: String
    package var der: [UInt8]

    package init(label: String, der: [UInt8]) {
        self.label = label
        self.der = der
    }

    /// The first block in `text` whose label is in `labels`; `expected` describes them for the error.
    package static func first(
        in text: String, labels: Set<String>, expected: String
    ) throws(RSAKeyError) -> PEMDocument {
        let text = text.normalizingLineBreaks()
        var remainder = Substring(text)
        var firstLabel: String?
        while let begin = remainder.firstRange(of: "-----BEGIN ") {
            let afterBegin = remainder[begin.upperBound...]
            guard let labelEnd = afterBegin.firstRange(of: "-----") else { break }
            let label = String(afterBegin[..<labelEnd.lowerBound])
            let body = afterBegin[labelEnd.upperBound...]
            guard let end = body.firstRange(of: "-----END \(label)-----") else { throw .missingPEMEnd(label: label) }
            remainder = body[end.upperBound...]
            firstLabel = firstLabel ?? label
            if label == "ENCRYPTED PRIVATE KEY" { throw .encryptedKey }
            guard labels.contains(label) else { continue }
            var content = body[..<end.lowerBound]
            if content.contains("Proc-Type:") {
                if content.contains("ENCRYPTED") { throw .encryptedKey }
                // RFC 1421 headers end at the first blank line; without line breaks there is no way to find it.
                guard let blank = content.firstRange(of: "\n\n") else {
                    throw .invalidBase64("the block has headers ('Proc-Type:') this reader does not understand")
                }
                content = content[blank.upperBound...]
            }
            do {
                let der = try Base64.decode(String(content), padding: .optional, ignoresWhitespace: true)
                return PEMDocument(label: label, der: der)
            } catch {
                throw .invalidBase64(error.description)
            }
        }
        guard let firstLabel else { throw .notPEM }
        throw .unexpectedPEMLabel(found: firstLabel, expected: expected)
    }
}

extension String {
    /// Line breaks as `\n` only: CRLF and CR become LF, and `\n` or `\r` written as two characters (a key pasted
    /// from JSON or an environment file) become real ones.
    fileprivate func normalizingLineBreaks() -> String {
        replacing("\\r", with: "\r").replacing("\\n", with: "\n").replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }
}
