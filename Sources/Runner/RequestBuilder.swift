import Authorization
import Foundation
import JSON
import PostmanFormat
import Transport
import Variables

/// Turns a planned item's `RequestTemplate` into the `HTTPRequest` to send: variables resolved, auth applied,
/// body encoded and Postman's default headers added.
struct RequestBuilder {
    var options: RunOptions
    var environment: RunEnvironment
    /// `file › Folder › Item`, the prefix of every location this builder reports.
    var itemLocation: String

    struct Built {
        var request: HTTPRequest
        var warnings: [RunWarning] = []
        /// Values that must be masked in every report (auth secrets).
        var secrets: [String] = []
        /// Set for auth types that sign the finished request (digest, oauth1, hawk, awsv4, edgegrid, ntlm).
        var signature: PendingSignature?
        /// Set for oauth2 auth with a grant configuration: the runner fetches, caches and attaches the token.
        var oauth2: PendingOAuth2?
    }

    /// An oauth2 auth whose token the runner has to get from the token endpoint.
    struct PendingOAuth2 {
        var grant: OAuth2TokenClient.Grant
        /// A token the auth already carries, used until it is rejected or expires.
        var existingToken: String
        var addToQuery: Bool
        var headerPrefix: String
        /// Identifies the grant, so its token is fetched once and shared by every request that uses it.
        var key: String
    }

    /// A signing auth type with its resolved parameters; the runner signs, sends and replays.
    struct PendingSignature {
        var scheme: AuthorizationScheme
        var parameters: AuthParameters
        /// Identifies the auth definition, so handshake state (a digest nonce) carries over to later requests.
        var key: String
    }

    func build(_ item: PlannedItem, resolver: TemplateResolver) throws(ExecutionError) -> Built {
        var warnings: [RunWarning] = []
        func resolve(_ text: String, field: String) -> String {
            let resolution = resolver.resolve(text)
            for unresolved in resolution.unresolved {
                warnings.append(unresolvedWarning(unresolved, in: text, field: field))
            }
            return resolution.text
        }

        let template = item.item.request
        let urlText = resolve(template.url.text(), field: "url")
        var url: URL
        switch URLEncoder.url(from: urlText) {
        case .success(let parsed):
            url = parsed
        case .failure(let failure):
            let detail = failure == .noHost ? "it has no host" : "it cannot be parsed"
            throw ExecutionError(
                phase: .request, message: "invalid URL '\(urlText)': \(detail)", location: "\(itemLocation) › url")
        }
        if url.host?.contains("%7B%7B") == true {
            throw ExecutionError(
                phase: .request,
                message: "the URL host '\(urlText)' still contains an unresolved variable",
                location: "\(itemLocation) › url")
        }

        var headers = HTTPHeaders()
        for header in template.headers where !header.isDisabled && !header.key.isEmpty {
            headers.add(resolve(header.key, field: "header"), resolve(header.value ?? "", field: "header \(header.key)"))
        }

        var built = Built(request: HTTPRequest(method: template.method, url: url))
        var body: Data?
        var bodyContentType: String?
        if let templateBody = template.body {
            (body, bodyContentType) = try encode(templateBody, resolve: resolve)
        }
        if body != nil, Self.prunesBody(template.method), item.behaviour("disableBodyPruning") != .bool(true) {
            body = nil
            bodyContentType = nil
        } else if body != nil, ["GET", "HEAD"].contains(template.method), !options.canSendBodyWithGET {
            warnings.append(
                RunWarning(
                    message: "the \(template.method) body was not sent: URLSession on Linux cannot send a body with \(template.method)",
                    location: "\(itemLocation) › body",
                    help: "use POST, or run on macOS, where the body can be sent"))
            body = nil
            bodyContentType = nil
        }

        if item.behaviour("strictSSL") == .bool(false), url.scheme == "https", !options.canDisableCertificateChecks {
            warnings.append(
                RunWarning(
                    message: "strictSSL is off for this request, but certificates are still verified: URLSession on Linux cannot skip the check for one request",
                    location: "\(itemLocation) › protocolProfileBehavior.strictSSL",
                    help: "trust the server's CA machine-wide (update-ca-certificates), or use http:// for local servers"))
        }
        let authHeaders = try applyAuth(item.auth, to: &built, headers: &headers, resolve: resolve)
        var ordered = authHeaders
        for field in headers { ordered.add(field.name, field.value) }
        addDefaultHeaders(to: &ordered, url: built.request.url)
        if let bodyContentType, !ordered.contains("Content-Type") {
            ordered.add("Content-Type", bodyContentType)
        }
        built.request.headers = ordered
        built.request.body = body
        built.warnings = warnings
        return built
    }

    /// GET, HEAD, COPY, PURGE and UNLOCK drop their bodies unless `disableBodyPruning` is set, as in Postman.
    static func prunesBody(_ method: String) -> Bool {
        ["GET", "HEAD", "COPY", "PURGE", "UNLOCK"].contains(method)
    }

    /// Postman's default headers, each added only when the request has none of that name.
    func addDefaultHeaders(to headers: inout HTTPHeaders, url: URL) {
        var host = url.host ?? ""
        if let port = url.port { host += ":\(port)" }
        let defaults: [(String, String)] = [
            ("User-Agent", options.userAgent),
            ("Accept", "*/*"),
            ("Cache-Control", "no-cache"),
            ("Postman-Token", UUIDFormatter.version4(using: environment.random)),
            ("Host", host),
            ("Accept-Encoding", "gzip, deflate, br"),
            ("Connection", "keep-alive"),
        ]
        for (name, value) in defaults where !headers.contains(name) {
            headers.add(name, value)
        }
    }

    // MARK: Bodies

    private func encode(
        _ body: RequestBody, resolve: (String, String) -> String
    ) throws(ExecutionError) -> (Data?, String?) {
        switch body {
        case .raw(let text, let language):
            var resolved = resolve(text, "body")
            if language == "json" { resolved = JSONCommentStripper.strip(resolved) }
            let type: String =
                switch language {
                case "json": "application/json"
                case "xml": "application/xml"
                case "html": "text/html"
                case "javascript": "application/javascript"
                default: "text/plain"
                }
            return (Data(resolved.utf8), type)
        case .urlencoded(let parameters):
            let pairs = parameters.filter { !$0.isDisabled }.map { parameter in
                URLEncoder.formComponent(resolve(parameter.key, "body")) + "="
                    + URLEncoder.formComponent(resolve(parameter.value ?? "", "body \(parameter.key)"))
            }
            return (Data(pairs.joined(separator: "&").utf8), "application/x-www-form-urlencoded")
        case .formdata(let parameters):
            return try encodeMultipart(parameters, resolve: resolve)
        case .file(let source, let content):
            if let source, !source.isEmpty {
                let path = resolve(source, "body.file")
                do {
                    return (try environment.readFile(path), MediaType.forFile(path))
                } catch {
                    throw ExecutionError(
                        phase: .request, message: "could not read the body file '\(path)': \(error)",
                        location: "\(itemLocation) › body.file")
                }
            }
            return (content.map { Data(resolve($0, "body.file").utf8) } ?? Data(), nil)
        case .graphql(let query, let variables, let operationName):
            var members: [JSONMember] = [JSONMember(key: "query", value: .string(resolve(query, "body.graphql")))]
            if let operationName, !operationName.isEmpty {
                members.append(JSONMember(key: "operationName", value: .string(operationName)))
            }
            var json = JSONWriter.write(.object(JSONObject(members)))
            if let variables {
                let resolved = resolve(variables, "body.graphql.variables")
                if !resolved.allSatisfy(\.isWhitespace) {
                    // Postman splices the variables text in verbatim rather than re-parsing it.
                    json.removeLast()
                    json += ",\"variables\":" + resolved + "}"
                }
            }
            return (Data(json.utf8), "application/json")
        }
    }

    private func encodeMultipart(
        _ parameters: [FormParameter], resolve: (String, String) -> String
    ) throws(ExecutionError) -> (Data?, String?) {
        var digits = ""
        for _ in 0..<24 { digits += String(environment.random.int(in: 0...9)) }
        let boundary = "--------------------------" + digits
        var data = Data()
        func append(_ text: String) { data.append(Data(text.utf8)) }
        for parameter in parameters where !parameter.isDisabled {
            let key = resolve(parameter.key, "body.formdata")
            switch parameter.content {
            case .text(let value):
                append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n")
                if let type = parameter.contentType { append("Content-Type: \(type)\r\n") }
                append("\r\n\(resolve(value, "body.formdata \(key)"))\r\n")
            case .files(let sources):
                for source in sources {
                    let path = resolve(source, "body.formdata \(key)")
                    let contents: Data
                    do {
                        contents = try environment.readFile(path)
                    } catch {
                        throw ExecutionError(
                            phase: .request,
                            message: "could not read the file '\(path)' for form field '\(key)': \(error)",
                            location: "\(itemLocation) › body.formdata",)
                    }
                    let fileName = (path as NSString).lastPathComponent
                    append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"; filename=\"\(fileName)\"\r\n")
                    append("Content-Type: \(parameter.contentType ?? MediaType.forFile(path))\r\n\r\n")
                    data.append(contents)
                    append("\r\n")
                }
            }
        }
        append("--\(boundary)--\r\n")
        return (data, "multipart/form-data; boundary=\(boundary)")
    }

    // MARK: Auth

    /// Applies basic, bearer and apikey auth; returns the headers that go before the user's own.
    private func applyAuth(
        _ auth: AuthDefinition?, to built: inout Built, headers: inout HTTPHeaders,
        resolve: (String, String) -> String
    ) throws(ExecutionError) -> HTTPHeaders {
        guard let auth else { return [] }
        func parameter(_ key: String) -> String {
            resolve(auth.string(key) ?? "", "auth.\(key)")
        }
        var authHeaders = HTTPHeaders()
        switch auth.type {
        case "noauth":
            break
        case "basic":
            let credentials = parameter("username") + ":" + parameter("password")
            let value = "Basic " + Data(credentials.utf8).base64EncodedString()
            headers.remove("Authorization")
            authHeaders.add("Authorization", value)
            built.secrets.append(value)
        case "bearer":
            let token = parameter("token")
            guard !token.isEmpty else { break }
            headers.remove("Authorization")
            authHeaders.add("Authorization", "Bearer " + token)
            built.secrets.append(token)
        case "oauth2":
            var values: [String: String] = [:]
            for entry in auth.parameters { values[entry.key] = parameter(entry.key) }
            if let grant = OAuth2TokenClient.Grant(parameters: values) {
                built.secrets += grant.secrets + [values["accessToken"] ?? ""].filter { !$0.isEmpty }
                built.oauth2 = PendingOAuth2(
                    grant: grant, existingToken: values["accessToken"] ?? "",
                    addToQuery: values["addTokenTo"] == "queryParams", headerPrefix: values["headerPrefix"] ?? "Bearer",
                    key: [grant.kind.rawValue, grant.tokenURL, grant.clientID, grant.scope, grant.username]
                        .joined(separator: "\u{1F}"))
                headers.remove("Authorization")
                break
            }
            // Newman only attaches a token it is given.
            let token = parameter("accessToken")
            guard !token.isEmpty else { break }
            built.secrets.append(token)
            if auth.string("addTokenTo") == "queryParams" {
                built.request.url = built.request.url.replacingQueryParameter("access_token", with: token)
            } else {
                let prefix = auth.string("headerPrefix").map { resolve($0, "auth.headerPrefix") } ?? "Bearer"
                headers.remove("Authorization")
                authHeaders.add("Authorization", prefix.isEmpty ? token : prefix + " " + token)
            }
        case let type where AuthorizationScheme(rawValue: type) != nil:
            guard let scheme = AuthorizationScheme(rawValue: type) else { break }
            var values: [String: String] = [:]
            for entry in auth.parameters {
                values[entry.key] = resolve(auth.string(entry.key) ?? "", "auth.\(entry.key)")
            }
            let parameters = AuthParameters(values)
            built.secrets += scheme.secretValues(in: parameters)
            let identity = auth.parameters.map { "\($0.key)=\(auth.string($0.key) ?? "")" }.joined(separator: "&")
            built.signature = PendingSignature(scheme: scheme, parameters: parameters, key: type + "?" + identity)
        case "apikey":
            let key = parameter("key")
            let value = parameter("value")
            guard !key.isEmpty else { break }
            built.secrets.append(value)
            if auth.string("in") == "query" {
                built.request.url = built.request.url.replacingQueryParameter(key, with: value)
            } else {
                headers.remove(key)
                authHeaders.add(key, value)
            }
        default:
            throw ExecutionError(
                phase: .auth,
                message: "auth type '\(auth.type)' is not a Postman auth type Postie knows; the request was not sent",
                location: "\(itemLocation) › auth")
        }
        return authHeaders
    }

    private func unresolvedWarning(_ unresolved: UnresolvedVariable, in text: String, field: String) -> RunWarning {
        let range = unresolved.characterRange(in: text)
        var warning = RunWarning(
            message: "unresolved variable '\(unresolved.name)'", location: "\(itemLocation) › \(field)",
            help: "define '\(unresolved.name)' in the environment or pass --env-var \(unresolved.name)=<value>")
        warning.source = text
        warning.highlight = range
        return warning
    }
}

extension URL {
    /// Removes every query parameter called `name` and appends `name=value`, as Postman's apikey auth does.
    func replacingQueryParameter(_ name: String, with value: String) -> URL {
        guard var components = URLComponents(url: self, resolvingAgainstBaseURL: false) else { return self }
        var items = (components.percentEncodedQueryItems ?? []).filter { $0.name != name }
        items.append(
            URLQueryItem(name: URLEncoder.formComponent(name), value: URLEncoder.formComponent(value)))
        components.percentEncodedQueryItems = items
        return components.url ?? self
    }
}
