import Foundation

/// How to run a collection: everything the command line decides, as plain values.
package struct RunOptions: Sendable {
    package enum BailMode: Sendable, Hashable {
        /// Stop after the first failed check, script error or request error, and still write reports.
        case failure
        /// Abort at the first script or request error.
        case folder
    }

    package var iterationCount: Int?
    package var folders: [String] = []
    package var delayBetweenRequests: Duration = .zero
    /// The whole run's limit; nil for none.
    package var runTimeout: Duration?
    /// Each request's limit; nil for none.
    package var requestTimeout: Duration?
    /// Each script's limit; nil for none.
    package var scriptTimeout: Duration?
    package var bail: BailMode?
    package var followRedirects = true
    package var maximumRedirects = 10
    package var workingDirectory: String = "."
    /// Whether the platform can send a body with GET/HEAD (URLSession on Linux cannot).
    package var canSendBodyWithGET = false
    /// Whether the transport can skip TLS certificate checks for one request (URLSession on Linux cannot).
    package var canDisableCertificateChecks = false
    package var userAgent = "postie/\(PostieVersion.current)"
    /// Items one iteration may run before `setNextRequest` loops are stopped (`--max-requests`).
    package var maximumRequestsPerIteration = 10_000
    /// Whether scripts log Newman's one-time warnings for the legacy API (`--verbose`).
    package var warnsOfDeprecatedScriptAPIs = false
    /// `--assert`, the assertions file and `--contract`.
    package var checks = DeclarativeChecks()

    package init() {}
}

/// The version printed by `--version` and sent in `User-Agent`.
package enum PostieVersion {
    package static let current = "0.1.0"
}
