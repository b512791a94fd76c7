/// Finds `{{name}}` tokens in UTF-8 text with the semantics of Newman's `/{{([^{}]*?)}}/g`, without a regex.
///
/// A token is `{{`, then any bytes except `{` and `}`, then `}}`. The name is kept verbatim (spaces included).
/// Scanning is linear: after a failed candidate it resumes where the regex engine could next succeed.
enum TemplateScanner {
    private static let open = UInt8(ascii: "{")
    private static let close = UInt8(ascii: "}")

    /// Whether the text contains `{{` at all; most strings don't, and skip all further work.
    static func mayContainToken(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ containsOpening($0) }) {
            return answer
        }
        return containsOpening(Array(text.utf8))
    }

    private static func containsOpening<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool
    where Bytes.Index == Int {
        var index = bytes.startIndex
        let end = bytes.endIndex - 1
        while index < end {
            if bytes[index] == open {
                if bytes[index + 1] == open { return true }
                index += 2
            } else {
                index += 1
            }
        }
        return false
    }

    /// Calls `body` with the byte range of each token and of its name, left to right, as a global replace would
    /// visit them.
    static func forEachToken(in bytes: [UInt8], _ body: (_ token: Range<Int>, _ name: Range<Int>) -> Void) {
        let count = bytes.count
        var index = 0
        while index + 3 < count {
            guard bytes[index] == open, bytes[index + 1] == open else {
                index += 1
                continue
            }
            var end = index + 2
            while end < count, bytes[end] != open, bytes[end] != close { end += 1 }
            guard end < count else { return }
            if bytes[end] == close {
                if end + 1 < count, bytes[end + 1] == close {
                    body(index..<(end + 2), (index + 2)..<end)
                    index = end + 2
                } else {
                    index = end + 1
                }
            } else {
                // A `{` inside the name: the next possible start is `{{` ending at or just before it.
                index = max(index + 1, end - 1)
            }
        }
    }
}
