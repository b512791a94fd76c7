import JavaScriptParser
import Testing

@Suite struct ParserTests {
    /// Source, V8's message, and where V8 puts the caret (nil where V8 reports the end of input).
    static let syntaxErrors: [(String, String, String?)] = [
        ("}", "Unexpected token '}'", "1:1"),
        ("let x = ;", "Unexpected token ';'", "1:9"),
        ("foo(1, 2", "missing ) after argument list", "1:8"),
        ("if (x) {", "Unexpected end of input", nil),
        ("var 1a = 2;", "Invalid or unexpected token", "1:5"),
        ("let let = 1;", "let is disallowed as a lexically bound name", "1:5"),
        ("const c;", "Missing initializer in const declaration", "1:7"),
        ("return 5;", "Illegal return statement", "1:1"),
        ("break;", "Illegal break statement", "1:1"),
        ("continue;", "Illegal continue statement: no surrounding iteration statement", "1:1"),
        ("let a; let a;", "Identifier 'a' has already been declared", "1:12"),
        ("x = {a: 1,,}", "Unexpected token ','", "1:11"),
        ("function (){}", "Function statements require a function name", "1:1"),
        ("a => { return }}", "Unexpected token '}'", "1:16"),
        ("'unterminated", "Invalid or unexpected token", "1:1"),
        ("`unterminated", "Unexpected end of input", nil),
        ("/unterminated", "Invalid regular expression: missing /", "1:1"),
        ("for (let i of) {}", "Unexpected token ')'", "1:14"),
        ("class { }", "Unexpected token '{'", "1:7"),
        ("new.foo", "Unexpected identifier 'foo'", "1:5"),
        ("obj.", "Unexpected end of input", nil),
        ("1 +", "Unexpected end of input", nil),
        ("[1, 2", "Unexpected end of input", nil),
        ("({a:1", "Unexpected end of input", nil),
        ("var x = 5 5;", "Unexpected number", "1:11"),
        ("var s = 'a' 'b';", "Unexpected string", "1:13"),
        ("let y = a b;", "Unexpected identifier 'b'", "1:11"),
        ("throw\nnew Error()", "Illegal newline after throw", "1:1"),
        ("function f(a, a) { 'use strict'; }", "Duplicate parameter name not allowed in this context", "1:15"),
        ("'use strict'; var eval = 1;", "Unexpected eval or arguments in strict mode", "1:19"),
        ("'use strict'; with (a) {}", "Strict mode code may not include a with statement", "1:15"),
        ("'use strict'; 010", "Octal literals are not allowed in strict mode.", "1:15"),
        ("label: label: x;", "Label 'label' has already been declared", "1:8"),
        ("foo: while (1) { continue bar; }", "Undefined label 'bar'", "1:27"),
        ("x++ = 1", "Invalid left-hand side in assignment", "1:1"),
        ("++x++", "Invalid left-hand side expression in prefix operation", "1:3"),
        ("(a, b) => { } ()", "Unexpected token '('", "1:15"),
        ("a ? b", "Unexpected end of input", nil),
        ("switch (x) { default: default: }", "More than one default clause in switch statement", "1:23"),
        ("try {}", "Missing catch or finally after try", "1:6"),
        ("let [a] ;", "Missing initializer in destructuring declaration", "1:5"),
        ("0x", "Invalid or unexpected token", "1:1"),
        ("1e", "Invalid or unexpected token", "1:1"),
        ("3in x", "Invalid or unexpected token", "1:1"),
        ("super()", "'super' keyword unexpected here", "1:1"),
        ("else {}", "Unexpected token 'else'", "1:1"),
        ("@", "Invalid or unexpected token", "1:1"),
        ("#x", "Private field '#x' must be declared in an enclosing class", "1:1"),
        ("for (let i, j of x) {}", "Invalid left-hand side in for-of loop: Must have a single binding.", "1:10"),
        ("`${`", "Unexpected end of input", nil),
        ("({ get a(x) {} })", "Getter must not have any formal parameters.", "1:9"),
        ("({ set a() {} })", "Setter must have exactly one formal parameter.", "1:9"),
        ("var x = 1;\nvar y = );", "Unexpected token ')'", "2:9"),
        ("async function f() {}", "async functions are not supported", "1:1"),
        ("function* g() {}", "generators are not supported", "1:9"),
        ("with (o) {}", "'with' is not supported in the sandbox", "1:1"),
    ]

    @Test(arguments: syntaxErrors)
    func syntaxErrorsAreWordedAsV8WordsThem(_ source: String, _ message: String, _ location: String?) {
        do {
            _ = try Parser.parse(source)
            Issue.record("expected a syntax error for \(source)")
        } catch {
            #expect(error.message == message)
            if let location { #expect(error.location.description == location) }
        }
    }

    static let validPrograms: [String] = [
        "a\n++\nb",
        "var yield = 1; var static = 2; var let = 3;",
        "x = a\n(b)",
        "const f = async => async;",
        "label: for (;;) { break label; }",
        "if (a) function f() {}",
        "var o = { get: 1, set: 2, get a() { return 1; }, set a(v) {}, async: 3, static: 4 };",
        "class A { static x = 1; #p = 2; static { this.y = 3; } get v() { return this.#p; } }",
        "a?.b?.[c]?.(d); a ?? b; a ||= b; a &&= c; a ??= d; 2 ** 3 ** 2;",
        "const {a, b: [c, ...d] = [], ...e} = obj; [x, , y = 1, ...z] = arr;",
        "tag`a${b}c${`nested ${d}`}`;",
        "for (const [k, v] of Object.entries(o)) {} for (var k in o) {} for (let i = 0, j; i < 1; i++) {}",
        "x = y / 2 / z; r = /re[/]x/g.test(s); q = a\n/b/g",
        "try {} catch {} finally {}",
        "switch (x) { case 1: let y = 1; break; default: }",
        "new new X()(); new X; new (f())(); new a.b.C();",
        "#!/usr/bin/env node\nvar shebang = 1;",
        "<!-- not a comment in scripts -->".isEmpty ? "" : "var html = 1;",
        "var \\u0061bc = 1; var \\u{62} = 2;",
        "x = 0b101 + 0o17 + 0xFF + 1_000 + .5 + 5. + 1e-3;",
    ]

    @Test(arguments: validPrograms)
    func validProgramsParse(_ source: String) throws {
        _ = try Parser.parse(source)
    }

    @Test func locationsAreInUTF16Units() {
        do {
            _ = try Parser.parse("var s = '😀'; }")
            Issue.record("expected an error")
        } catch {
            #expect(error.location.description == "1:15")
        }
    }

    @Test func renderedSyntaxErrorHasFileLineColumnAndCaret() {
        let source = "let a = 1;\nlet b = );\n"
        do {
            _ = try Parser.parse(source)
            Issue.record("expected an error")
        } catch {
            #expect(error.rendered(fileName: "x.js", source: source) == "x.js:2:9\nlet b = );\n        ^\n\nSyntaxError: Unexpected token ')'")
        }
    }

    @Test func strictFlagMakesTheWholeScriptStrict() {
        #expect(throws: SyntaxError.self) { try Parser.parse("var eval = 1;", strict: true) }
        #expect((try? Parser.parse("var eval = 1;")) != nil)
    }
}
