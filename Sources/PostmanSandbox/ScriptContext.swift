import JSON

/// What a script can see: the request, the response (in test scripts), and where it runs.
package struct ScriptContext: Sendable {
    package enum Event: String, Sendable {
        case prerequest
        case test
    }

    package var event: Event
    package var iteration: Int
    package var iterationCount: Int
    package var requestName: String
    package var requestID: String
    /// Names from the collection down to the item, as `pm.execution.location`.
    package var location: [String]
    /// The name of the collection, folder or item that owns the running script.
    package var locationCurrent: String
    package var request: ScriptRequest
    package var response: ScriptResponse?
    /// The cookies the run's jar holds for the request's URL, for `pm.cookies`.
    package var cookies: [(name: String, value: String)] = []
    /// Whether using a legacy global logs Newman's one-time deprecation warning (Postie: only with `--verbose`).
    package var warnsOfDeprecatedAPIs = false

    package init(
        event: Event, iteration: Int, iterationCount: Int, requestName: String, requestID: String, location: [String],
        locationCurrent: String, request: ScriptRequest, response: ScriptResponse? = nil
    ) {
        self.event = event
        self.iteration = iteration
        self.iterationCount = iterationCount
        self.requestName = requestName
        self.requestID = requestID
        self.location = location
        self.locationCurrent = locationCurrent
        self.request = request
        self.response = response
    }

    var jsonValue: JSONValue {
        var object: JSONObject = [
            "eventName": .string(event.rawValue),
            "iteration": .number(Double(iteration)),
            "iterationCount": .number(Double(iterationCount)),
            "requestName": .string(requestName),
            "requestId": .string(requestID),
            "location": .array(location.map(JSONValue.string)),
            "locationCurrent": .string(locationCurrent),
            "request": request.jsonValue,
        ]
        if let response { object["response"] = response.jsonValue }
        object["cookies"] = .array(cookies.map { .object(["name": .string($0.name), "value": .string($0.value)]) })
        return .object(object)
    }
}

/// What `pm.sendRequest` got back: a response, or why there was none.
package enum ScriptExchange: Sendable {
    case response(ScriptResponse)
    case failure(String)
}

/// `pm.request`: in a pre-request script the request as written, in a test script the request as sent.
package struct ScriptRequest: Sendable {
    package var method: String
    package var url: String
    package var headers: [(key: String, value: String)]
    package var body: String?

    package init(method: String, url: String, headers: [(key: String, value: String)], body: String? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    var jsonValue: JSONValue {
        var object: JSONObject = [
            "method": .string(method),
            "url": .string(url),
            "headers": .array(headers.map { .object(["key": .string($0.key), "value": .string($0.value)]) }),
        ]
        if let body { object["body"] = .string(body) }
        return .object(object)
    }
}

/// `pm.response`, for test scripts.
package struct ScriptResponse: Sendable {
    package var code: Int
    package var status: String
    package var headers: [(key: String, value: String)]
    package var body: String
    package var responseTime: Int64
    package var headerSize: Int

    package init(
        code: Int, status: String, headers: [(key: String, value: String)], body: String, responseTime: Int64,
        headerSize: Int
    ) {
        self.code = code
        self.status = status
        self.headers = headers
        self.body = body
        self.responseTime = responseTime
        self.headerSize = headerSize
    }

    var jsonValue: JSONValue {
        .object([
            "code": .number(Double(code)),
            "status": .string(status),
            "headers": .array(headers.map { .object(["key": .string($0.key), "value": .string($0.value)]) }),
            "body": .string(body),
            "responseTime": .number(Double(responseTime)),
            "responseSize": .number(Double(body.utf8.count)),
            "headerSize": .number(Double(headerSize)),
        ])
    }
}
