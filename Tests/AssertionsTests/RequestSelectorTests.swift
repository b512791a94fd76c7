import Testing

@testable import Assertions

/// Selector globs: `*` within a name, `**` across folders, item ids, escapes.
@Suite struct RequestSelectorTests {
    @Test(arguments: [
        ("Projects/List projects", ["Projects", "List projects"], true),
        ("Projects/List projects", ["Other", "List projects"], false),
        ("Projects/List projects", ["List projects"], false),
        ("Projects/*", ["Projects", "List"], true),
        ("Projects/*", ["Projects", "Sub", "List"], false),
        ("Projects/**", ["Projects", "Sub", "List"], true),
        ("Projects/**", ["Projects", "List"], true),
        ("Projects/**", ["Other", "List"], false),
        ("**/List", ["List"], true),
        ("**/List", ["A", "B", "List"], true),
        ("**/List", ["A", "B", "List all"], false),
        ("**", ["A", "B", "C"], true),
        ("*", ["Top"], true),
        ("*", ["Folder", "Top"], false),
        ("*proj*", ["My projects"], true),
        ("*Proj*", ["My projects"], false),
        ("List*", ["List projects"], true),
        ("A/**/Z", ["A", "Z"], true),
        ("A/**/Z", ["A", "B", "C", "Z"], true),
        ("A/**/Z", ["A", "B", "C"], false),
        ("List \\/ all", ["List / all"], true),
        ("Star \\*", ["Star *"], true),
        ("Star \\*", ["Star x"], false),
    ])
    func pathPatternMatchesFolderAndRequestNames(pattern: String, path: [String], matches: Bool) throws {
        #expect(try RequestSelector(pattern).matches(itemID: nil, path: path) == matches)
    }

    @Test func anItemIdMatchesThatItem() throws {
        let selector = try RequestSelector("5f1c2a9e-item")
        #expect(selector.matches(itemID: "5f1c2a9e-item", path: ["Folder", "Request"]))
        #expect(!selector.matches(itemID: "other", path: ["Folder", "Request"]))
    }

    @Test(arguments: [
        ("", "empty request selector", 0),
        ("a//b", "empty folder or request name in the selector", 2),
        ("a/", "empty folder or request name in the selector", 2),
        ("/a", "empty folder or request name in the selector", 0),
        ("a\\", "a '\\' at the end of a selector escapes nothing", 1),
    ])
    func malformedSelectorIsAnError(pattern: String, message: String, offset: Int) {
        #expect {
            try RequestSelector(pattern)
        } throws: { error in
            guard let error = error as? AssertionSyntaxError else { return false }
            return error.message == message && error.offset == offset
        }
    }
}
