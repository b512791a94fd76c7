import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `HTTPTransport` on URLSession, shaped around the Linux traps in urlsession-linux.md §3.
///
/// One ephemeral session per instance with no cache and no cookie storage (the runner keeps its own
/// `CookieJar`). Tasks are delegate-driven so that 3xx bodies arrive, redirects are never followed
/// (the runner follows them), 401 challenges are cancelled instead of hanging, and time to first byte
/// can be stamped. Timeouts are enforced here, to the millisecond.
package final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    private let session: URLSession
    private let tasks: SessionDelegate

    /// - Parameter maxConnectionsPerHost: URLSession's per-host connection cap (its default is 6).
    package init(maxConnectionsPerHost: Int = 6) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpMaximumConnectionsPerHost = max(1, maxConnectionsPerHost)
        tasks = SessionDelegate()
        session = URLSession(configuration: configuration, delegate: tasks, delegateQueue: nil)
    }

    deinit {
        // The session retains its delegate until it is invalidated.
        session.invalidateAndCancel()
    }

    package func send(_ request: HTTPRequest, options: TransportOptions) throws(TransportError) -> HTTPResponse {
        let urlRequest = try makeURLRequest(request, options: options)
        let task = session.dataTask(with: urlRequest)
        let exchange = tasks.register(task)
        let started = ContinuousClock.now
        exchange.started = started
        task.resume()

        let finished: Bool
        if let timeout = options.timeout {
            finished = exchange.wait(until: started + timeout)
        } else {
            exchange.wait()
            finished = true
        }
        if !finished {
            exchange.markTimedOut()
            task.cancel()
        }
        tasks.unregister(task)
        let outcome = exchange.outcome()
        if outcome.cancelledByCaller { throw .cancelled }
        if outcome.timedOut, let timeout = options.timeout { throw .timedOut(after: timeout) }

        let total = ContinuousClock.now - started
        if let error = outcome.error {
            // A cancelled Basic challenge ends the task with -999 after the whole 401 arrived: that is a response.
            let code = (error as NSError).code
            guard code == NSURLErrorCancelled, outcome.challengeCancelled else {
                throw Self.transportError(for: error, request: request, elapsed: total, timeout: options.timeout)
            }
            guard let response = outcome.response else {
                throw .other(
                    "the server asked for credentials (401 with WWW-Authenticate) and sent no readable response")
            }
            return Self.makeResponse(response, body: outcome.body, firstByte: outcome.firstByte, total: total)
        }
        guard let response = outcome.response else {
            throw .connectionLost("no response was received")
        }
        return Self.makeResponse(response, body: outcome.body, firstByte: outcome.firstByte, total: total)
    }

    package func cancelAll() {
        tasks.cancelAll()
    }

    private func makeURLRequest(_ request: HTTPRequest, options: TransportOptions) throws(TransportError) -> URLRequest
    {
        guard let scheme = request.url.scheme?.lowercased() else {
            throw .invalidURL(request.url.absoluteString)
        }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        guard let host = request.url.host, !host.isEmpty else { throw .invalidURL(request.url.absoluteString) }

        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.cachePolicy = .reloadIgnoringLocalCacheData
        urlRequest.httpShouldHandleCookies = false
        // URLSession's own timeout is an idle timeout truncated to whole seconds (under 1 s fails at once),
        // so give it a whole-second upper bound and enforce the exact deadline in `send`.
        if let timeout = options.timeout {
            let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
            urlRequest.timeoutInterval = max(1, seconds.rounded(.up))
        } else {
            urlRequest.timeoutInterval = 7 * 24 * 3600
        }
        var seen: Set<String> = []
        for field in request.headers {
            // A user Content-Length is sent verbatim and can desynchronise a keep-alive connection.
            if field.name.caseInsensitiveEquals("Content-Length") { continue }
            if seen.insert(field.name.lowercased()).inserted {
                urlRequest.setValue(field.value, forHTTPHeaderField: field.name)
            } else {
                urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
            }
        }
        urlRequest.httpBody = request.body
        return urlRequest
    }

    private static func makeResponse(
        _ response: HTTPURLResponse, body: Data, firstByte: Duration?, total: Duration
    ) -> HTTPResponse {
        // URLSession gives a dictionary, so the wire order is lost; sort for stable output.
        var fields: [HTTPField] = []
        for (key, value) in response.allHeaderFields {
            let name = (key as? String) ?? String(describing: key)
            let text = (value as? String) ?? String(describing: value)
            fields.append(HTTPField(name: name, value: text))
        }
        fields.sort { lhs, rhs in
            let left = lhs.name.lowercased(), right = rhs.name.lowercased()
            return left != right ? left < right : lhs.name < rhs.name
        }
        return HTTPResponse(
            status: response.statusCode, headers: HTTPHeaders(fields), body: body,
            timings: ResponseTimings(total: total, firstByte: firstByte))
    }
}

extension URLSessionTransport {
    /// Maps NSURLErrorDomain codes (and, for curl's catch-all -1, its message) to `TransportError`.
    static func transportError(
        for error: any Error, request: HTTPRequest, elapsed: Duration, timeout: Duration?
    ) -> TransportError {
        let nsError = error as NSError
        let message = nsError.localizedDescription
        let host = request.url.host ?? ""
        let hostAndPort = request.url.port.map { "\(host):\($0)" } ?? host
        guard nsError.domain == NSURLErrorDomain else { return .other(message) }
        switch nsError.code {
        case NSURLErrorCannotConnectToHost:
            return .connectionRefused(hostAndPort)
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed:
            return .hostNotFound(host)
        case NSURLErrorTimedOut:
            return .timedOut(after: timeout ?? elapsed)
        case NSURLErrorCancelled:
            return .cancelled
        case NSURLErrorNetworkConnectionLost:
            return .connectionLost(message)
        case NSURLErrorBadServerResponse, NSURLErrorZeroByteResource:
            return .connectionLost(message.isEmpty ? "empty reply from server" : message)
        case NSURLErrorBadURL, NSURLErrorUnsupportedURL:
            return .invalidURL(request.url.absoluteString)
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateHasBadDate,
            NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasUnknownRoot,
            NSURLErrorServerCertificateNotYetValid, NSURLErrorClientCertificateRejected,
            NSURLErrorClientCertificateRequired, NSURLErrorCannotLoadFromNetwork:
            return .tls(message)
        case NSURLErrorDataLengthExceedsMaximum:
            return .other("\(request.method) with a body cannot be sent by URLSession on this platform")
        default:
            return classify(curlMessage: message)
        }
    }

    /// curl reports several failures as code -1 (NSURLErrorUnknown) with only its text to tell them apart.
    static func classify(curlMessage message: String) -> TransportError {
        let lower = message.lowercased()
        if lower.contains("ssl") || lower.contains("certificate") || lower.contains("tls") {
            return .tls(message)
        }
        if lower.contains("transfer closed") || lower.contains("connection reset") || lower.contains("empty reply")
            || lower.contains("recv failure") || lower.contains("send failure") || lower.contains("partial file")
        {
            return .connectionLost(message)
        }
        if lower.contains("could not resolve host") {
            return .hostNotFound(message)
        }
        if lower.contains("couldn't connect") || lower.contains("connection refused") {
            return .connectionRefused(message)
        }
        return .other(message)
    }
}

extension URLSessionTransport {
    /// The state of one in-flight data task, filled in by the session delegate and awaited by `send`.
    final class Exchange: @unchecked Sendable {
        /// A consistent copy of the exchange once it is over.
        struct Outcome {
            var response: HTTPURLResponse?
            var body: Data
            var error: (any Error)?
            var firstByte: Duration?
            var challengeCancelled: Bool
            var timedOut: Bool
            var cancelledByCaller: Bool
        }

        private let condition = NSCondition()
        // All guarded by `condition`.
        private var response: HTTPURLResponse?
        private var body = Data()
        private var error: (any Error)?
        private var firstByte: Duration?
        private var challengeCancelled = false
        private var timedOut = false
        private var cancelledByCaller = false
        private var done = false
        private var startedAt: ContinuousClock.Instant?

        var started: ContinuousClock.Instant? {
            get { condition.locked { startedAt } }
            set { condition.locked { startedAt = newValue } }
        }

        func receive(_ response: URLResponse) {
            condition.locked {
                self.response = response as? HTTPURLResponse
                if firstByte == nil, let startedAt { firstByte = ContinuousClock.now - startedAt }
            }
        }

        func append(_ data: Data) {
            condition.locked { body.append(data) }
        }

        func noteChallengeCancelled() {
            condition.locked { challengeCancelled = true }
        }

        func complete(_ error: (any Error)?) {
            condition.locked {
                self.error = error
                done = true
                condition.broadcast()
            }
        }

        func markTimedOut() {
            condition.locked { if !done { timedOut = true } }
        }

        func markCancelledByCaller() {
            condition.locked {
                if !done { cancelledByCaller = true }
                condition.broadcast()
            }
        }

        /// Waits for completion or a caller's cancel; false when `deadline` passed first.
        func wait(until deadline: ContinuousClock.Instant) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while !done && !cancelledByCaller {
                let remaining = deadline - ContinuousClock.now
                if remaining <= .zero { return false }
                let (seconds, attoseconds) = remaining.components
                _ = condition.wait(until: Date().addingTimeInterval(Double(seconds) + Double(attoseconds) / 1e18))
            }
            return true
        }

        /// Waits for completion or a caller's cancel, however long it takes.
        func wait() {
            condition.lock()
            defer { condition.unlock() }
            while !done && !cancelledByCaller { condition.wait() }
        }

        func outcome() -> Outcome {
            condition.locked {
                Outcome(
                    response: response, body: body, error: error, firstByte: firstByte,
                    challengeCancelled: challengeCancelled, timedOut: timedOut, cancelledByCaller: cancelledByCaller)
            }
        }
    }
}

extension URLSessionTransport {
    /// The session-level delegate: routes each task's callbacks to its `Exchange`, refuses
    /// redirects and cancels authentication challenges.
    ///
    /// It must be the *session* delegate: on Linux a per-task delegate is never consulted.
    final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [Int: (task: URLSessionTask, exchange: Exchange)] = [:]

        func register(_ task: URLSessionTask) -> Exchange {
            let exchange = Exchange()
            lock.locked { entries[task.taskIdentifier] = (task, exchange) }
            return exchange
        }

        func unregister(_ task: URLSessionTask) {
            _ = lock.locked { entries.removeValue(forKey: task.taskIdentifier) }
        }

        private func exchange(for task: URLSessionTask) -> Exchange? {
            lock.locked { entries[task.taskIdentifier]?.exchange }
        }

        func cancelAll() {
            let running = lock.locked { Array(entries.values) }
            for entry in running {
                entry.exchange.markCancelledByCaller()
                entry.task.cancel()
            }
        }

        func urlSession(
            _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
            completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
        ) {
            exchange(for: dataTask)?.receive(response)
            completionHandler(.allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            exchange(for: dataTask)?.append(data)
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
            exchange(for: task)?.complete(error)
        }

        // The runner follows redirects itself: URLSession drops 307/308 bodies and crashes on concurrent h2 redirects.
        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }

        // Answering anything else to a Basic challenge hangs forever on Swift 6.3.1; cancelling still delivers the 401.
        func urlSession(
            _ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
            completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
        ) {
            if challenge.protectionSpace.authenticationMethod == "NSURLAuthenticationMethodServerTrust" {
                completionHandler(.performDefaultHandling, nil)
                return
            }
            exchange(for: task)?.noteChallengeCancelled()
            completionHandler(.cancelAuthenticationChallenge, nil)
        }

        func urlSession(
            _ session: URLSession, dataTask: URLSessionDataTask, willCacheResponse proposedResponse: CachedURLResponse,
            completionHandler: @escaping @Sendable (CachedURLResponse?) -> Void
        ) {
            completionHandler(nil)
        }
    }
}
