import JSON
import Testing

@testable import Assertions

/// The assertions file: rules per selector, captures, and located errors.
@Suite struct AssertionsFileTests {
    static let text = """
        {
          "**": ["status < 400"],
          "Projects/List projects": ["$.projects count > 0", "$.projects[*].project_name isString"],
          "item-42": ["status == 201"],
          "capture": {
            "project": "$.projects[0].project_name",
            "Projects/Create": { "etag": "header \\"ETag\\"" }
          }
        }
        """

    @Test func rulesApplyToTheRequestsTheirSelectorsMatch() throws {
        let file = try AssertionsFile.parse(Self.text, file: "aiven.assertions.json")
        #expect(file.assertions(forItemID: nil, path: ["Projects", "List projects"]).map(\.source) == [
            "status < 400", "$.projects count > 0", "$.projects[*].project_name isString",
        ])
        #expect(file.assertions(forItemID: "item-42", path: ["Other"]).map(\.source) == ["status < 400", "status == 201"])
        #expect(file.captures(forItemID: nil, path: ["Projects", "Create"]).map(\.variable) == ["project", "etag"])
        #expect(file.captures(forItemID: nil, path: ["Projects", "List projects"]).map(\.variable) == ["project"])
    }

    @Test func selectorsThatMatchNoRequestAreListed() throws {
        let file = try AssertionsFile.parse(Self.text, file: "a.json")
        let unmatched = file.unmatchedSelectors(items: [(id: "item-42", path: ["Projects", "List projects"])])
        #expect(unmatched.map(\.pattern) == ["Projects/Create"])
    }

    @Test func everyProblemIsReportedWithFileLineColumnAndJSONLocation() {
        let text = """
            {
              "Projects/*": ["status == 200", "stauts == 200", 3],
              "a//b": ["status == 200"],
              "x": "status == 200",
              "capture": { "id": "$.[" }
            }
            """
        #expect {
            try AssertionsFile.parse(text, file: "c.assertions.json")
        } throws: { error in
            let description = (error as? AssertionsFileError)?.description ?? ""
            let expected = """
                error: unknown query 'stauts'
                  --> c.assertions.json:2:35 › ["Projects/*"][1]
                   |
                   | stauts == 200
                   | ^^^^^^
                   = help: did you mean 'status'?

                error: an assertion must be a string, not a number
                  --> c.assertions.json:2:52 › ["Projects/*"][2]

                error: empty folder or request name in the selector
                  --> c.assertions.json:3:11 › ["a//b"]
                   |
                   | a//b
                   |   ^
                   = help: separate names with a single '/', as in Folder/Sub/Request

                error: the checks for 'x' must be an array of strings, not a string
                  --> c.assertions.json:4:8 › x
                   = help: write "x": ["status == 200"]

                error: invalid JSONPath: expected a name or '*' after '.'
                  --> c.assertions.json:5:22 › capture.id
                   |
                   | $.[
                   |   ^
                """
            #expect(description == expected)
            return description == expected
        }
    }

    @Test func malformedJSONIsReportedAtItsLineAndColumn() {
        #expect {
            try AssertionsFile.parse("{\n  \"a\": [\"status == 200\",]\n}", file: "bad.json")
        } throws: { error in
            (error as? AssertionsFileError)?.description.hasPrefix("error: ") == true
                && (error as? AssertionsFileError)?.description.contains("--> bad.json:2:") == true
        }
    }

    @Test func aFileThatIsNotAnObjectIsAnError() {
        #expect {
            try AssertionsFile.parse("[]", file: "list.json")
        } throws: { error in
            (error as? AssertionsFileError)?.description == """
                error: an assertions file must be a JSON object, not an array
                  --> list.json:1:1
                   = help: write {"Folder/Request": ["status == 200"]}
                """
        }
    }
}
