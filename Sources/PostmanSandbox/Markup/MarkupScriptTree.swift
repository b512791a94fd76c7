import JavaScriptInterpreter

/// Turns parsed markup into JavaScript values for the xml2js and cheerio libraries, and defines the natives that
/// parse.
enum MarkupScriptTree {
    /// `native.parseXML(text)`: the root element as `{name, attributes, children}`, where a child is a string
    /// (text), `{cdata}` or another element; comments and processing instructions are dropped, as xml2js does.
    /// A malformed or refused document throws an `Error` whose message says what and where.
    static func xmlNatives(_ realm: Realm) -> JSObject {
        let natives = realm.newObject()
        let parse = realm.newFunction("parseXML", length: 1) { call throws(JSThrow) in
            let units = try Self.units(call, call[0])
            do throws(MarkupError) {
                for node in try XMLMarkupParser.parse(units) {
                    if case .element(let root) = node { return xmlValue(root, realm: call.realm) }
                }
                return .null
            } catch {
                throw call.realm.throwError("Error", error.description)
            }
        }
        realm.defineValue(natives, "parseXML", .object(parse), enumerable: false)
        return natives
    }

    /// `native.parseHTML(text)`: a cheerio root node, `{type: 'root', name: 'root', children…}`, whose nodes
    /// have htmlparser2's shape (`type`, `name`, `attribs`, `data`, `children`, `parent`, `prev`, `next`). As in
    /// cheerio 0.22, the root's own children have a null `parent`.
    static func htmlNatives(_ realm: Realm) -> JSObject {
        let natives = realm.newObject()
        let parse = realm.newFunction("parseHTML", length: 1) { call throws(JSThrow) in
            let units = try Self.units(call, call[0])
            do throws(MarkupError) {
                let nodes = try HTMLMarkupParser.parse(units)
                let root = call.realm.newObject()
                call.realm.defineValue(root, "type", string("root"))
                call.realm.defineValue(root, "name", string("root"))
                call.realm.defineValue(root, "attribs", .object(call.realm.newObject()))
                htmlChildren(nodes, of: root, isRoot: true, realm: call.realm)
                call.realm.defineValue(root, "parent", .null)
                call.realm.defineValue(root, "prev", .null)
                call.realm.defineValue(root, "next", .null)
                return .object(root)
            } catch {
                throw call.realm.throwError("Error", error.description)
            }
        }
        realm.defineValue(natives, "parseHTML", .object(parse), enumerable: false)
        return natives
    }

    private static func units(_ call: NativeCall, _ value: JSValue) throws(JSThrow) -> [UInt16] {
        if case .string(let text) = value { return Array(text.units) }
        return Array(try SandboxHost.string(call, value).utf16)
    }

    private static func string(_ units: [UInt16]) -> JSValue { .string(JSString(units: units)) }
    private static func string(_ text: String) -> JSValue { .string(JSString(text)) }

    private static func attributes(_ element: MarkupElement, realm: Realm) -> JSObject {
        let object = realm.newObject()
        for attribute in element.attributes {
            realm.defineValue(object, attribute.name.markupString, string(attribute.value))
        }
        return object
    }

    private static func xmlValue(_ element: MarkupElement, realm: Realm) -> JSValue {
        var children: [JSValue] = []
        for child in element.children {
            switch child {
            case .element(let inner): children.append(xmlValue(inner, realm: realm))
            case .text(let text): children.append(string(text))
            case .cdata(let text): children.append(.object(realm.newObject(["cdata": string(text)])))
            case .comment, .declaration: break
            }
        }
        return .object(
            realm.newObject([
                "name": string(element.name), "attributes": .object(attributes(element, realm: realm)),
                "children": .object(realm.newArray(children)),
            ]))
    }

    private static func htmlChildren(_ nodes: [MarkupNode], of parent: JSObject, isRoot: Bool = false, realm: Realm) {
        var children: [JSValue] = []
        var previous: JSObject?
        for node in nodes {
            let object = realm.newObject()
            switch node {
            case .element(let element):
                let name = element.name.markupString
                realm.defineValue(object, "type", string(name == "script" || name == "style" ? name : "tag"))
                realm.defineValue(object, "name", string(name))
                realm.defineValue(object, "attribs", .object(attributes(element, realm: realm)))
                htmlChildren(element.children, of: object, realm: realm)
            case .text(let text):
                realm.defineValue(object, "data", string(text))
                realm.defineValue(object, "type", string("text"))
            case .cdata(let text), .comment(let text):
                realm.defineValue(object, "data", string(text))
                realm.defineValue(object, "type", string("comment"))
            case .declaration(let target, let data):
                realm.defineValue(object, "name", string(target))
                realm.defineValue(object, "data", string(data))
                realm.defineValue(object, "type", string("directive"))
            }
            realm.defineValue(object, "parent", isRoot ? .null : .object(parent))
            realm.defineValue(object, "prev", previous.map { .object($0) } ?? .null)
            realm.defineValue(object, "next", .null)
            if let previous { realm.defineValue(previous, "next", .object(object)) }
            previous = object
            children.append(.object(object))
        }
        realm.defineValue(parent, "children", .object(realm.newArray(children)))
    }
}
