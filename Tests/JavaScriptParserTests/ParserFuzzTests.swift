import JavaScriptParser
import Testing

/// Random token soups must produce a program or a SyntaxError, never a crash or a hang.
@Suite struct ParserFuzzTests {
    static let fragments: [String] = [
        "var", "let", "const", "function", "class", "extends", "return", "if", "else", "for", "while", "do", "in", "of",
        "new", "this", "super", "typeof", "delete", "void", "try", "catch", "finally", "throw", "switch", "case", "default",
        "break", "continue", "x", "y", "foo", "async", "get", "set", "static", "yield", "await", "=>", "(", ")", "{", "}",
        "[", "]", ";", ",", ".", "...", "?.", "?", ":", "=", "+=", "**", "+", "-", "*", "/", "%", "!", "~", "++", "--",
        "&&", "||", "??", "<", ">", "===", "1", "0x1F", "1e3", ".5", "'s'", "\"d\"", "`t${", "`", "${", "/re/g", "\n",
        " ", "#p", "@", "\\u0061", "//c\n", "/*c*/", "'unterminated", "0b2", "😀",
    ]

    /// A small deterministic generator so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func randomTokenSoupsNeverCrashTheParser() {
        var g = Generator(state: 12345)
        var parsed = 0
        for _ in 0..<4000 {
            let count = 1 + g.next(40)
            var source = ""
            for _ in 0..<count {
                source += Self.fragments[g.next(Self.fragments.count)]
                if g.next(3) == 0 { source += " " }
            }
            if (try? Parser.parse(source)) != nil { parsed += 1 }
        }
        #expect(parsed > 0)
    }

    @Test func randomBytesNeverCrashTheLexer() {
        var g = Generator(state: 99)
        for _ in 0..<2000 {
            var units: [UInt16] = []
            for _ in 0..<(1 + g.next(60)) { units.append(UInt16(g.next(g.next(2) == 0 ? 128 : 0xFFFF))) }
            _ = try? Lexer.tokenize(units)
        }
    }

    @Test func moderatelyNestedInputParses() throws {
        let depth = 20
        _ = try Parser.parse(String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth))
    }
}
