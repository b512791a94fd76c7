import JSON

extension AssertionsFile {
    /// Parses and checks an assertions file, reporting every problem at once (up to 20).
    package static func parse(_ text: String, file: String) throws(AssertionsFileError) -> AssertionsFile {
        let document: JSONValue
        do {
            document = try JSONParser.parse(text)
        } catch {
            let problem = AssertionsFileError.Problem(
                message: error.message, location: JSONLocation(),
                position: SourcePosition(line: error.line, column: error.column), syntax: nil, help: nil)
            throw AssertionsFileError(file: file, problems: [problem])
        }
        var builder = Builder(text: text)
        builder.read(document)
        guard builder.problems.isEmpty else {
            throw AssertionsFileError(file: file, problems: Array(builder.problems.prefix(AssertionsFileError.maximumProblems)))
        }
        return AssertionsFile(file: file, rules: builder.rules, captures: builder.captures)
    }

    /// Collects rules, captures and problems while walking the document.
    private struct Builder {
        let text: String
        var rules: [AssertionRule] = []
        var captures: [CaptureRule] = []
        var problems: [AssertionsFileError.Problem] = []

        init(text: String) {
            self.text = text
        }

        mutating func read(_ document: JSONValue) {
            guard case .object(let object) = document else {
                report(
                    "an assertions file must be a JSON object, not \(document.kindDescription)", at: JSONLocation(),
                    help: "write {\"Folder/Request\": [\"status == 200\"]}")
                return
            }
            for member in object.members {
                let location = JSONLocation().appending(member.key)
                if member.key == "capture" {
                    readCaptures(member.value, at: location, selector: nil)
                    continue
                }
                guard let selector = selector(member.key, at: location) else { continue }
                guard case .array(let lines) = member.value else {
                    report(
                        "the checks for '\(member.key)' must be an array of strings, not \(member.value.kindDescription)",
                        at: location, help: "write \"\(member.key)\": [\"status == 200\"]")
                    continue
                }
                var assertions: [Assertion] = []
                for (index, line) in lines.enumerated() {
                    let lineLocation = location.appending(index)
                    guard case .string(let source) = line else {
                        report("an assertion must be a string, not \(line.kindDescription)", at: lineLocation)
                        continue
                    }
                    do {
                        assertions.append(try AssertionParser.parse(source))
                    } catch {
                        report(error, at: lineLocation)
                    }
                }
                rules.append(AssertionRule(selector: selector, assertions: assertions, location: location))
            }
        }

        private mutating func readCaptures(_ value: JSONValue, at location: JSONLocation, selector: RequestSelector?) {
            guard case .object(let object) = value else {
                report(
                    "'capture' must be an object of variable names to queries, not \(value.kindDescription)", at: location,
                    help: "write \"capture\": {\"project\": \"$.projects[0].project_name\"}")
                return
            }
            for member in object.members {
                let memberLocation = location.appending(member.key)
                switch member.value {
                case .string(let source):
                    guard !member.key.isEmpty else {
                        report("a capture needs a variable name", at: memberLocation)
                        continue
                    }
                    do {
                        let query = try AssertionParser.parseQuery(source)
                        captures.append(
                            CaptureRule(variable: member.key, query: query, selector: selector, location: memberLocation))
                    } catch {
                        report(error, at: memberLocation)
                    }
                case .object where selector == nil:
                    guard let nested = self.selector(member.key, at: memberLocation) else { continue }
                    readCaptures(member.value, at: memberLocation, selector: nested)
                default:
                    report(
                        "the capture '\(member.key)' must be a query string such as \"$.id\", not \(member.value.kindDescription)",
                        at: memberLocation)
                }
            }
        }

        private mutating func selector(_ pattern: String, at location: JSONLocation) -> RequestSelector? {
            do {
                return try RequestSelector(pattern)
            } catch {
                report(error, at: location)
                return nil
            }
        }

        private mutating func report(_ message: String, at location: JSONLocation, help: String? = nil) {
            problems.append(
                AssertionsFileError.Problem(
                    message: message, location: location, position: location.position(in: text)?.position, syntax: nil,
                    help: help))
        }

        private mutating func report(_ error: AssertionSyntaxError, at location: JSONLocation) {
            problems.append(
                AssertionsFileError.Problem(
                    message: error.message, location: location, position: location.position(in: text)?.position,
                    syntax: error, help: error.help))
        }
    }
}
