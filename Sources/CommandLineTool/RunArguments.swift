import Runner

/// Everything `postie run` was asked to do, before any file is read.
struct RunArguments: Sendable, Hashable {
    enum ColorMode: String, Sendable, Hashable {
        case auto, on, off
    }

    var collection = ""
    var environment: String?
    var globals: String?
    var iterationData: String?
    var iterationCount: Int?
    var folders: [String] = []
    var environmentVariables: [VariableOverride] = []
    var globalVariables: [VariableOverride] = []
    var reporters: [String] = ["cli"]
    var jsonExport: String?
    var junitExport: String?
    var exportEnvironment: String?
    var exportGlobals: String?
    var exportCollection: String?
    var exportCookieJar: String?
    var cookieJar: String?
    var postmanAPIKey: String?
    var bail: String?
    var ignoreRedirects = false
    var suppressExitCode = false
    var silent = false
    var verbose = false
    var color = ColorMode.auto
    var delayRequest = 0
    var timeout = 0
    var timeoutRequest = 0
    var timeoutScript = 0
    var workingDirectory: String?
    var insecure = false
    var sslOptions: [String] = []
    var seed: UInt64?
    var mock = false
    var mockVariable = "baseUrl"
    var assertions: [String] = []
    var assertionsFile: String?
    var contract: String?
    var contractNulls = "lenient"
    var contractExtraKeys = "ignore"
    var maxRequests = 10_000
}
