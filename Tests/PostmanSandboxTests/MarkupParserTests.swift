import Testing

@testable import PostmanSandbox

/// The XML parser refuses the classic attacks (entity expansion, external entities, deep nesting) and malformed
/// documents with an error that says what and where; the HTML parser is lenient the way htmlparser2 is.
@Suite struct MarkupParserTests {
    private func xmlError(_ text: String) -> MarkupError? {
        do throws(MarkupError) {
            _ = try XMLMarkupParser.parse(Array(markup: text))
            return nil
        } catch {
            return error
        }
    }

    private func root(_ text: String) throws -> MarkupElement {
        let nodes = try XMLMarkupParser.parse(Array(markup: text))
        for case .element(let element) in nodes { return element }
        throw MarkupError("no root", at: 0, in: [])
    }

    @Test func billionLaughsIsRefusedAtTheDoctype() {
        let lol = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <lolz>&lol3;</lolz>
            """
        let error = xmlError(lol)
        #expect(error?.message.hasPrefix("DOCTYPE is not allowed") == true)
        #expect(error?.line == 2 && error?.column == 1)
    }

    @Test func externalEntitiesAndUnknownReferencesAreRefused() {
        #expect(xmlError("<!DOCTYPE r SYSTEM \"file:///etc/passwd\"><r/>")?.message.hasPrefix("DOCTYPE") == true)
        #expect(xmlError("<!doctype r><r/>")?.message.hasPrefix("DOCTYPE") == true)
        let custom = xmlError("<r>\n  &xxe;</r>")
        #expect(custom?.message == "Undefined entity &xxe; (custom entities are not supported)")
        #expect(custom?.line == 2 && custom?.column == 3)
        #expect(xmlError("<r a='&ext;'/>")?.message.hasPrefix("Undefined entity &ext;") == true)
        #expect(xmlError("<r>&#0;</r>")?.message == "Invalid character reference &#0;")
        #expect(xmlError("<r>&#xD800;</r>") != nil)
        #expect(xmlError("<r>a & b</r>") != nil)
    }

    @Test func nestingIsLimited() throws {
        let limit = XMLMarkupParser.maximumDepth
        let fits = String(repeating: "<a>", count: limit) + String(repeating: "</a>", count: limit)
        #expect(xmlError(fits) == nil)
        let deep = String(repeating: "<a>", count: limit + 1) + String(repeating: "</a>", count: limit + 1)
        let error = xmlError(deep)
        #expect(error?.message == "Elements nest deeper than 512 levels")
        #expect(error?.column == limit * 3 + 1)
        let html = String(repeating: "<div>", count: 10_000)
        #expect(throws: MarkupError.self) { try HTMLMarkupParser.parse(Array(markup: html)) }
    }

    @Test func malformedDocumentsSayWhatAndWhere() {
        let mismatched = xmlError("<a>\n <b></a>")
        #expect(mismatched?.description == "Mismatched close tag: expected </b> but found </a> at 2:5")
        #expect(xmlError("<a><b>")?.description == "Unclosed element <b> at the end of the document at 1:4")
        #expect(xmlError("</a>")?.message == "Unexpected close tag </a>")
        #expect(xmlError("text<a/>")?.message == "Text before the root element")
        #expect(xmlError("")?.message == "The document has no root element")
        #expect(xmlError("<a x=1/>")?.message == "Attribute x's value is not quoted")
        #expect(xmlError("<a x='<'/>")?.message == "Unescaped < in an attribute value")
        #expect(xmlError("<a><!-- open</a>")?.message == "Unclosed comment")
        #expect(xmlError("<a><![CDATA[ x</a>")?.message == "Unclosed CDATA section")
        #expect(xmlError("<a x='1'y='2'/>")?.message == "Expected whitespace before an attribute")
        #expect(xmlError("<1a/>")?.message == "Invalid element name")
    }

    @Test func wellFormedDocumentsKeepEverything() throws {
        let element = try root(
            "\u{FEFF}<?xml version=\"1.0\"?><!-- c --><s:E xmlns:s=\"urn:s\" a='x &amp; &#x263A;'>t&lt;<![CDATA[<raw>]]><?pi d?><!--n--><b/></s:E><after/>"
        )
        #expect(element.name.markupString == "s:E")
        #expect(element.attributes.map { $0.name.markupString } == ["xmlns:s", "a"])
        #expect(element.attributes[1].value.markupString == "x & ☺")
        #expect(element.children.count == 5)
        if case .text(let text) = element.children[0] { #expect(text.markupString == "t<") } else { Issue.record("text") }
        if case .cdata(let text) = element.children[1] { #expect(text.markupString == "<raw>") } else { Issue.record("cdata") }
    }

    @Test func htmlIsLenient() throws {
        let nodes = try HTMLMarkupParser.parse(
            Array(markup: "<!DOCTYPE html><UL><li>one<li>two &amp; &nbsp;&unknown;</ul><p>a<p>b<br>c<script>if (a < b) {}</script><img src=x.png alt>"))
        #expect(nodes.count == 4)
        guard case .declaration(let target, _) = nodes[0], case .element(let list) = nodes[1],
            case .element(let first) = nodes[2], case .element(let second) = nodes[3]
        else {
            Issue.record("shape")
            return
        }
        #expect(target.markupString == "!doctype")
        #expect(list.name.markupString == "ul")
        #expect(list.children.count == 2)
        guard case .element(let item) = list.children[1], case .text(let text) = item.children[0] else {
            Issue.record("li")
            return
        }
        #expect(text.markupString == "two & \u{A0}&unknown;")
        #expect(first.name.markupString == "p" && second.name.markupString == "p")
        #expect(second.children.count == 5)
        guard case .element(let script) = second.children[3], case .text(let code) = script.children[0],
            case .element(let image) = second.children[4]
        else {
            Issue.record("script")
            return
        }
        #expect(code.markupString == "if (a < b) {}")
        #expect(image.attributes.map { "\($0.name.markupString)=\($0.value.markupString)" } == ["src=x.png", "alt="])
    }
}
