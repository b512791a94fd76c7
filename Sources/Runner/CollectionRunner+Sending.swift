import Authorization
import Foundation
import PostmanSandbox
import Transport

/// Sending one request: signing and handshake replays for the auth types that need them, then redirects and
/// cookies, which the runner handles itself because URLSession on Linux gets them wrong.
extension CollectionRunner {
    struct SendOutcome {
        var request: HTTPRequest
        var result: Result<HTTPResponse, TransportError>
        /// How many times an auth handshake (digest, ntlm, an oauth2 refresh) sent the request again.
        var replays = 0
    }

    /// Postman replays a request at most this many times for auth handshakes (digest, ntlm).
    static let maximumAuthReplays = 3

    var signingContext: SigningContext {
        let random = environment.random
        let clock = environment.wallClock
        return SigningContext(
            now: { clock.now },
            randomString: { length, alphabet in
                let characters = Array(alphabet)
                guard !characters.isEmpty else { return "" }
                return String((0..<max(0, length)).map { _ in characters[random.int(in: 0...(characters.count - 1))] })
            },
            uuid: { UUIDFormatter.version4(using: random) },
            randomBytes: { count in (0..<max(0, count)).map { _ in UInt8(random.int(in: 0...255)) } })
    }

    /// Sends the built request; for signing auth types, signs it first and replays it while a handshake asks to.
    func signAndSend(
        _ built: RequestBuilder.Built, item: PlannedItem, itemLocation: String, runStarted: Duration
    ) throws(ExecutionError) -> (SendOutcome, RunWarning?) {
        if let oauth2 = built.oauth2 {
            return (try sendWithOAuth2(built.request, oauth2, item: item, itemLocation: itemLocation, runStarted: runStarted), nil)
        }
        guard let signature = built.signature else {
            return (send(built.request, item: item, runStarted: runStarted), nil)
        }
        var parameters = signature.parameters
        for (key, value) in authState[signature.key]?.values ?? [:] where (parameters[key] ?? "").isEmpty {
            parameters.values[key] = value
        }
        let context = signingContext
        var replays = 0
        while true {
            let signed: HTTPRequest
            do {
                signed = try signature.scheme.sign(built.request, parameters: parameters, context: context)
            } catch {
                throw ExecutionError(
                    phase: .auth, message: redactor.redact(error.description), location: "\(itemLocation) › auth")
            }
            if let authorization = signed.headers["Authorization"] { redactor.add(authorization) }
            var outcome = send(signed, item: item, runStarted: runStarted)
            outcome.replays = replays
            guard case .success(let response) = outcome.result else { return (outcome, nil) }
            switch signature.scheme.followUp(after: response, parameters: parameters, context: context) {
            case .replay(let next) where replays < Self.maximumAuthReplays:
                replays += 1
                parameters = next
                authState[signature.key] = next
            case .replay(let next), .done(let next):
                authState[signature.key] = next
                return (outcome, nil)
            case .failed(let error, let next):
                // As in Newman, a failed handshake is a warning and the response is kept.
                authState[signature.key] = next
                let warning = RunWarning(
                    message: "\(signature.scheme.rawValue) auth failed: \(redactor.redact(error.description))",
                    location: "\(itemLocation) › auth")
                return (outcome, warning)
            }
        }
    }

    /// Sends a request and follows redirects as Postman does: 301/302/303 become GET (HEAD stays HEAD) without
    /// a body, 307/308 keep method and body, Authorization is dropped when the host changes unless
    /// `followAuthorizationHeader`, and `Referer` is set on each hop.
    func send(_ first: HTTPRequest, item: PlannedItem, runStarted: Duration) -> SendOutcome {
        let follow = options.followRedirects && item.behaviour("followRedirects") != .bool(false)
        let limit = item.behaviour("maxRedirects")?.numberValue.map { Int($0) } ?? options.maximumRedirects
        let keepMethod = item.behaviour("followOriginalHttpMethod") == .bool(true)
        let keepAuthorization = item.behaviour("followAuthorizationHeader") == .bool(true)
        let useCookies = item.behaviour("disableCookies") != .bool(true)
        var request = first
        var hops = 0
        while true {
            var sent = request
            if useCookies, let cookies = cookieJar.cookieHeader(for: sent.url, now: environment.wallClock.now) {
                if let existing = sent.headers["Cookie"], !existing.isEmpty {
                    sent.headers.set("Cookie", existing + "; " + cookies)
                } else {
                    sent.headers.set("Cookie", cookies)
                }
            }
            var timeout = options.requestTimeout
            if let runLimit = options.runTimeout {
                let remaining = runLimit - (environment.monotonicNow() - runStarted)
                timeout = min(timeout ?? remaining, remaining)
            }
            let response: HTTPResponse
            do {
                response = try transport.send(sent, options: TransportOptions(timeout: timeout))
            } catch {
                return SendOutcome(request: sent, result: .failure(error))
            }
            if useCookies {
                cookieJar.store(
                    setCookieHeaders: response.headers.values(for: "Set-Cookie"), for: sent.url,
                    now: environment.wallClock.now)
            }
            guard follow, [301, 302, 303, 307, 308].contains(response.status),
                let location = response.headers["Location"],
                let next = URL(string: location, relativeTo: sent.url)?.absoluteURL
            else {
                return SendOutcome(request: sent, result: .success(response))
            }
            hops += 1
            if hops > limit {
                return SendOutcome(
                    request: sent,
                    result: .failure(.other("Exceeded maxRedirects (\(limit)). Probably stuck in a redirect loop \(next.absoluteString)")))
            }
            var redirected = request
            redirected.url = next
            if ![307, 308].contains(response.status) && !keepMethod {
                if request.method != "HEAD" { redirected.method = "GET" }
                redirected.body = nil
                redirected.headers.remove("Content-Type")
                redirected.headers.remove("Content-Length")
            }
            if next.host != request.url.host && !keepAuthorization {
                redirected.headers.remove("Authorization")
            }
            redirected.headers.set("Host", next.port.map { "\(next.host ?? ""):\($0)" } ?? (next.host ?? ""))
            redirected.headers.set("Referer", request.url.absoluteString)
            redirected.headers.remove("Cookie")
            request = redirected
        }
    }

    /// `pm.sendRequest`: the run's transport, cookie jar, redirects and default headers, but no variable
    /// resolution, as in Newman.
    func sendFromScript(_ request: ScriptRequest, itemLocation: String, runStarted: Duration) -> ScriptExchange {
        var record = ScriptRequestRecord(method: request.method, url: redactor.redact(request.url))
        defer {
            pendingScriptRequests.append(record)
            emit(.scriptRequestFinished(record))
        }
        guard case .success(let url) = URLEncoder.url(from: request.url) else {
            record.error = "invalid URL '\(request.url)'"
            return .failure(record.error ?? "")
        }
        var headers = HTTPHeaders()
        for (key, value) in request.headers { headers.add(key, value) }
        RequestBuilder(options: options, environment: environment, itemLocation: itemLocation)
            .addDefaultHeaders(to: &headers, url: url)
        if request.body != nil, !headers.contains("Content-Type") { headers.add("Content-Type", "text/plain") }
        let http = HTTPRequest(method: request.method, url: url, headers: headers, body: request.body.map { Data($0.utf8) })
        let started = environment.monotonicNow()
        let outcome = send(http, item: PlannedItem(item: .init(name: "pm.sendRequest", request: .init(url: .init(raw: "")))), runStarted: runStarted)
        record.duration = environment.monotonicNow() - started
        switch outcome.result {
        case .success(let response):
            record.status = response.status
            return .response(Self.scriptResponse(response, duration: record.duration))
        case .failure(let error):
            record.error = redactor.redact(error.description)
            return .failure(record.error ?? "")
        }
    }

    // MARK: OAuth2

    /// Attaches the grant's token, fetching it first when the run has none or it expired, and fetches a new one
    /// once if the server answers 401 to a token that was not just fetched.
    private func sendWithOAuth2(
        _ request: HTTPRequest, _ oauth2: RequestBuilder.PendingOAuth2, item: PlannedItem, itemLocation: String,
        runStarted: Duration
    ) throws(ExecutionError) -> SendOutcome {
        let now = environment.wallClock.now
        var fresh = false
        var token: OAuth2TokenClient.Token
        if let cached = oauth2Tokens[oauth2.key], !cached.isExpired(at: now) {
            token = cached
        } else if let cached = oauth2Tokens[oauth2.key] {
            token = try fetchToken(oauth2, refreshing: cached.refreshToken, itemLocation: itemLocation)
            fresh = true
        } else if !oauth2.existingToken.isEmpty {
            token = OAuth2TokenClient.Token(accessToken: oauth2.existingToken)
        } else {
            token = try fetchToken(oauth2, refreshing: nil, itemLocation: itemLocation)
            fresh = true
        }
        oauth2Tokens[oauth2.key] = token
        let outcome = send(attach(token, to: request, oauth2), item: item, runStarted: runStarted)
        guard case .success(let response) = outcome.result, response.status == 401, !fresh else { return outcome }
        token = try fetchToken(oauth2, refreshing: token.refreshToken, itemLocation: itemLocation)
        oauth2Tokens[oauth2.key] = token
        var replayed = send(attach(token, to: request, oauth2), item: item, runStarted: runStarted)
        replayed.replays = 1
        return replayed
    }

    private func fetchToken(_ oauth2: RequestBuilder.PendingOAuth2, refreshing refreshToken: String?, itemLocation: String)
        throws(ExecutionError) -> OAuth2TokenClient.Token
    {
        let transport = self.transport
        let timeout = options.requestTimeout
        let clock = environment.wallClock
        let client = OAuth2TokenClient(
            send: { request throws(TransportError) in try transport.send(request, options: TransportOptions(timeout: timeout)) },
            now: { clock.now })
        do {
            // A failed refresh falls back to the grant itself, as a refresh token may have expired.
            let token: OAuth2TokenClient.Token
            if let refreshToken, let refreshed = try? client.fetch(oauth2.grant, refreshing: refreshToken) {
                token = refreshed
            } else {
                token = try client.fetch(oauth2.grant)
            }
            redactor.add(token.accessToken)
            if let refresh = token.refreshToken { redactor.add(refresh) }
            return token
        } catch {
            throw ExecutionError(phase: .auth, message: redactor.redact(error.description), location: "\(itemLocation) › auth")
        }
    }

    private func attach(_ token: OAuth2TokenClient.Token, to request: HTTPRequest, _ oauth2: RequestBuilder.PendingOAuth2)
        -> HTTPRequest
    {
        var request = request
        if oauth2.addToQuery {
            request.url = request.url.replacingQueryParameter("access_token", with: token.accessToken)
        } else {
            let value = oauth2.headerPrefix.isEmpty ? token.accessToken : oauth2.headerPrefix + " " + token.accessToken
            request.headers.set("Authorization", value)
        }
        return request
    }
}
