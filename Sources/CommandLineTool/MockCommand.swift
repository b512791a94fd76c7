import Dispatch
import Foundation
import MockServer
import PostmanFormat

/// `postie mock`: serve a collection's saved examples until interrupted.
struct MockCommand {
    var arguments: MockArguments
    var io: ProcessIO

    func execute() -> ExitCode {
        let file = arguments.collection
        guard let data = file == "-" ? io.standardInput() : FileManager.default.contents(atPath: file) else {
            io.standardError(
                LoadErrors([LoadError(file: file, message: "no such file: \(file)", help: "check the path")]).description
                    + "\n")
            return .loadError
        }
        let collection: PostmanCollection
        do {
            collection = try DocumentLoader.loadCollection(data: data, file: file)
        } catch {
            io.standardError(error.description + "\n")
            return .loadError
        }
        let examples = MockExampleCatalog.examples(in: collection)
        guard !examples.isEmpty else {
            io.standardError(
                UsageError(
                    "\(file) has no saved examples to serve",
                    help: "save example responses on the requests in Postman, then export the collection again"
                ).description + "\n")
            return .loadError
        }
        let matcher = ExampleMatcher(examples: examples)
        let io = self.io
        var log: (@Sendable (ServerLogEntry) -> Void)?
        if arguments.verbose {
            log = { entry in io.standardError("\(entry)\n") }
        }
        let server: HTTPServer
        do {
            server = try HTTPServer(
                host: arguments.host, port: arguments.port, log: log,
                handler: { request in matcher.response(for: request) })
        } catch {
            io.standardError("error: \(error)\n")
            return .failure
        }
        server.start()
        io.standardOutput("postie mock: serving \(examples.count) examples of '\(collection.info.name)' at \(server.baseURL)\n")
        io.standardOutput("press Ctrl-C to stop\n")
        let stopped = DispatchSemaphore(value: 0)
        let stopListening = io.onInterrupt { stopped.signal() }
        stopped.wait()
        stopListening()
        server.stop()
        return .success
    }
}
