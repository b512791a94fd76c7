import JSON
import Testing

@testable import Variables

@Suite struct VariableScopeTests {
    private func scope(_ variables: Variable...) -> VariableScope {
        VariableScope(kind: .environment, variables: variables)
    }

    @Test func lastEnabledDuplicateWins() {
        let environment = scope(
            Variable(key: "a", value: .string("first")),
            Variable(key: "a", value: .string("second")),
            Variable(key: "a", value: .string("hidden"), isDisabled: true))
        #expect(environment.stringValue(for: "a") == "second")
        #expect(environment.has("a"))
    }

    @Test func onlyDisabledVariablesMeanAbsent() {
        let environment = scope(Variable(key: "a", value: .string("x"), isDisabled: true))
        #expect(environment.stringValue(for: "a") == nil)
        #expect(environment.get("a") == nil)
        #expect(!environment.has("a"))
    }

    @Test func setUpdatesTheLastEnabledVariable() {
        var environment = scope(
            Variable(key: "a", value: .string("first")),
            Variable(key: "a", value: .string("second")))
        environment.set("a", .string("new"))
        #expect(environment.variables.map(\.value) == [.string("first"), .string("new")])
    }

    @Test func setNeverUpdatesADisabledVariable() {
        var environment = scope(Variable(key: "a", value: .string("old"), isDisabled: true))
        environment.set("a", .number(1))
        #expect(environment.variables.count == 2)
        #expect(environment.variables[0].value == .string("old"))
        #expect(environment.get("a") == .number(1))
    }

    @Test func setKeepsTheDeclaredTypeCast() {
        var environment = scope(Variable(key: "n", value: .number(1), type: "number"))
        environment.set("n", .string("42"))
        #expect(environment.get("n") == .number(42))
    }

    @Test func setStoresObjectsAsIs() {
        var environment = scope()
        environment.set("o", .object(["a": .number(1)]))
        #expect(environment.get("o") == .object(["a": .number(1)]))
        #expect(environment.stringValue(for: "o") == "[object Object]")
    }

    @Test func unsetRemovesEnabledVariablesAndKeepsDisabledOnes() {
        var environment = scope(
            Variable(key: "a", value: .string("1")),
            Variable(key: "a", value: .string("2"), isDisabled: true),
            Variable(key: "a", value: .string("3")),
            Variable(key: "b", value: .string("4")))
        environment.unset("a")
        #expect(environment.variables.map(\.key) == ["a", "b"])
        #expect(environment.variables[0].isDisabled)
        #expect(!environment.has("a"))
        #expect(environment.stringValue(for: "b") == "4")
    }

    @Test func clearRemovesEverything() {
        var environment = scope(
            Variable(key: "a", value: .string("1")), Variable(key: "b", value: nil, isDisabled: true))
        environment.clear()
        #expect(environment.isEmpty)
        #expect(!environment.has("a"))
    }

    @Test func toObjectHasEnabledValuesInFirstAppearanceOrder() {
        let environment = scope(
            Variable(key: "b", value: .string("old")),
            Variable(key: "a", value: .number(1)),
            Variable(key: "b", value: .string("new")),
            Variable(key: "c", value: .bool(true), isDisabled: true),
            Variable(key: "u", value: nil))
        #expect(
            environment.toObject().members == [
                JSONMember(key: "b", value: .string("new")), JSONMember(key: "a", value: .number(1)),
            ])
        #expect(environment.effectiveVariables.map(\.key) == ["b", "a", "u"])
    }

    @Test func dataRowObjectBecomesAScope() {
        let row = VariableScope(kind: .iterationData, object: ["id": .number(7), "name": .string("x")])
        #expect(row.name == "iterationData")
        #expect(row.stringValue(for: "id") == "7")
        #expect(row.stringValue(for: "name") == "x")
    }

    @Test func appendKeepsDuplicatesAndTheLastEnabledWins() {
        var environment = scope(Variable(key: "a", value: .string("1")))
        environment.append(Variable(key: "a", value: .string("2")))
        environment.append(Variable(key: "a", value: .string("3"), isDisabled: true))
        #expect(environment.stringValue(for: "a") == "2")
    }
}
