import PostmanFormat
import Testing

@testable import Runner

@Suite struct RunPlanTests {
    static let tree = """
        {"name": "A", "id": "a", "auth": {"type": "noauth"}, "item": [
          {"name": "A1", "id": "a1", "request": "http://h.test/a1"},
          {"name": "Inner", "id": "inner", "item": [{"name": "I1", "id": "i1", "request": "http://h.test/i1"}]}
        ]},
        {"name": "B", "id": "b", "item": [
          {"name": "B1", "id": "b1", "request": {"url": "http://h.test/b1", "auth": {"type": "basic", "basic": []}}},
          {"name": "B2", "id": "b2", "request": "http://h.test/b2"}
        ]},
        {"name": "Root", "id": "root", "request": "http://h.test/root"}
        """

    @Test func foldersAreFlattenedDepthFirst() throws {
        let collection = try RunnerFixture.collection(items: Self.tree)
        let plan = try RunPlan(collection: collection)
        #expect(plan.items.map(\.name) == ["A1", "I1", "B1", "B2", "Root"])
        #expect(plan.items.map(\.displayPath) == ["A / A1", "A / Inner / I1", "B / B1", "B / B2", "Root"])
    }

    @Test func authIsInheritedAndNoauthStopsIt() throws {
        let collection = try RunnerFixture.collection(
            items: Self.tree, extra: #""auth": {"type": "bearer", "bearer": [{"key": "token", "value": "t"}]}"#)
        let plan = try RunPlan(collection: collection)
        #expect(plan.items.map { $0.auth?.type } == ["noauth", "noauth", "basic", "bearer", "bearer"])
    }

    @Test func selectedFoldersRunInCollectionOrderByNameOrID() throws {
        let collection = try RunnerFixture.collection(items: Self.tree)
        let plan = try RunPlan(collection: collection, folders: ["Root", "inner", "B"])
        #expect(plan.items.map(\.name) == ["I1", "B1", "B2", "Root"])
    }

    @Test func unknownFolderIsAnErrorWithASuggestion() throws {
        let collection = try RunnerFixture.collection(items: Self.tree)
        #expect(throws: RunPlanError.self) { try RunPlan(collection: collection, folders: ["Innr"], file: "c.json") }
        do {
            _ = try RunPlan(collection: collection, folders: ["Innr"], file: "c.json")
        } catch {
            #expect(
                error.description == """
                    error: no folder or request named 'Innr'
                      --> c.json › --folder Innr
                       = help: did you mean 'Inner'?
                    """)
        }
    }
}
