import Testing

@testable import MockServer

@Suite struct ServerRequestTests {
    static let targets: [(target: String, path: String, rawPath: String, query: [String])] = [
        ("/", "/", "/", []),
        ("/a%20b/c?x=1&y=%41&z", "/a b/c", "/a%20b/c", ["x=1", "y=A", "z="]),
        ("/p?q=a+b&&r=%zz", "/p", "/p", ["q=a+b", "r=%zz"]),
        ("/bad%", "/bad%", "/bad%", []),
        ("/f#frag", "/f", "/f", []),
        ("*", "*", "*", []),
        ("http://example.com:8080/abs/x?k=v", "/abs/x", "/abs/x", ["k=v"]),
        ("http://example.com", "/", "/", []),
    ]

    @Test(arguments: targets)
    func targetIsSplitIntoDecodedPathAndQuery(target: String, path: String, rawPath: String, query: [String]) {
        let request = ServerRequest(method: "GET", target: target)
        #expect(request.path == path)
        #expect(request.rawPath == rawPath)
        #expect(request.queryItems.map { "\($0.name)=\($0.value)" } == query)
    }

    @Test func queryLooksUpTheFirstValue() {
        let request = ServerRequest(method: "GET", target: "/?a=1&a=2")
        #expect(request.query("a") == "1")
        #expect(request.query("b") == nil)
    }
}
