import Foundation
import JSON

/// Generates the benchmark collections: many GETs against `{{baseUrl}}`, each with a saved example, so the
/// mock server can answer every one.
enum BenchmarkCollections {
    /// `requestCount` requests in folders of 100. `exampleBytes` pads each saved example's body, so that 10,000
    /// requests make a collection of about 40 MB, like a large exported workspace.
    static func make(requestCount: Int, exampleBytes: Int, testScript: [String]? = nil) -> String {
        var folders: [JSONValue] = []
        var index = 0
        while index < requestCount {
            var items: [JSONValue] = []
            for _ in 0..<min(100, requestCount - index) {
                items.append(item(index, exampleBytes: exampleBytes, testScript: testScript))
                index += 1
            }
            folders.append(.object(["name": .string("Folder \(folders.count + 1)"), "item": .array(items)]))
        }
        let collection: JSONValue = [
            "info": [
                "name": .string("Benchmark \(requestCount)"),
                "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
            ],
            "auth": ["type": "bearer", "bearer": [["key": "token", "value": "{{token}}"]]],
            "item": .array(folders),
        ]
        return JSONWriter.write(collection)
    }

    private static func item(_ index: Int, exampleBytes: Int, testScript: [String]?) -> JSONValue {
        let path: JSONValue = ["items", .string("\(index)")]
        let request: JSONValue = [
            "method": "GET",
            "header": [["key": "Accept", "value": "application/json"]],
            "url": ["raw": .string("{{baseUrl}}/items/\(index)"), "host": ["{{baseUrl}}"], "path": path],
        ]
        let padding = String(repeating: "x", count: max(0, exampleBytes - 40))
        let body = "{\"id\":\(index),\"name\":\"item \(index)\",\"padding\":\"\(padding)\"}"
        var item: JSONObject = [
            "name": .string("Get item \(index)"),
            "request": request,
            "response": [
                [
                    "name": "OK", "originalRequest": request, "code": 200, "status": "OK",
                    "header": [["key": "Content-Type", "value": "application/json"]],
                    "body": .string(body),
                ]
            ],
        ]
        if let testScript {
            item["event"] = [["listen": "test", "script": ["exec": .array(testScript.map(JSONValue.string))]]]
        }
        return .object(item)
    }
}
