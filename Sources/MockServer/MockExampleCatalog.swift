import Foundation
import PostmanFormat
import Transport

/// Turns a collection's saved examples into the mock server's routes.
package enum MockExampleCatalog {
    /// Every saved example of every request, in collection order. The example's original request gives the
    /// method, path, query and headers to match; when it has none, the item's own request does.
    package static func examples(in collection: PostmanCollection) -> [MockExample] {
        var result: [MockExample] = []
        func walk(_ items: [CollectionItem]) {
            for item in items {
                switch item {
                case .folder(let folder):
                    walk(folder.items)
                case .request(let request):
                    for example in request.examples {
                        result.append(route(for: example, of: request))
                    }
                }
            }
        }
        walk(collection.items)
        return result
    }

    private static func route(for example: SavedExample, of item: RequestItem) -> MockExample {
        let request = example.originalRequest ?? item.request
        let url = request.url
        let path = "/" + (url.path ?? []).joined(separator: "/")
        var requestHeaders = HTTPHeaders()
        for header in request.headers where !header.isDisabled {
            requestHeaders.add(header.key, header.value ?? "")
        }
        var responseHeaders = HTTPHeaders()
        for header in example.headers where !header.isDisabled {
            // The server computes its own framing headers.
            let name = header.key.lowercased()
            guard !["content-length", "transfer-encoding", "connection", "content-encoding"].contains(name) else {
                continue
            }
            responseHeaders.add(header.key, header.value ?? "")
        }
        return MockExample(
            name: example.name.isEmpty ? item.name : example.name, id: example.id, method: request.method,
            path: path,
            query: url.query.filter { !$0.isDisabled }.map { (name: $0.key, value: $0.value ?? "") },
            requestHeaders: requestHeaders, status: example.code ?? 200, responseHeaders: responseHeaders,
            body: Data((example.body ?? "").utf8))
    }
}
