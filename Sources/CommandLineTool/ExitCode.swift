/// The process exit codes, as documented in the README.
///
/// | code | meaning |
/// | ---- | ------- |
/// | 0 | everything passed |
/// | 1 | a check failed, a step errored, or the run was interrupted or timed out |
/// | 2 | usage error: bad flags or arguments |
/// | 3 | an input (collection, environment, globals, data file) could not be loaded |
/// | 4 | `postie js`: a script hit an execution limit |
package enum ExitCode: Int32, Sendable {
    case success = 0
    case failure = 1
    case usage = 2
    case loadError = 3
    case limitExceeded = 4
}
