import Foundation
import JSON
import Testing

@testable import Variables

@Suite struct ScopeChainTests {
    static let precedence: [VariableScopeKind] = [.local, .iterationData, .environment, .collection, .globals]

    /// A chain where `name` is defined, with the scope's kind as value, in `kinds`.
    private func chain(defining name: String, in kinds: [VariableScopeKind]) -> ScopeChain {
        var chain = ScopeChain()
        for kind in kinds {
            chain[kind] = VariableScope(kind: kind, variables: [Variable(key: name, value: .string(kind.rawValue))])
        }
        return chain
    }

    @Test(arguments: 0..<5)
    func highestScopeDefiningTheNameWins(index: Int) {
        let defined = Array(Self.precedence[index...])
        let chain = chain(defining: "x", in: defined)
        #expect(chain.lookup("x") == .variable(Self.precedence[index].rawValue, Self.precedence[index]))
    }

    @Test(arguments: [
        ([VariableScopeKind.globals, .collection], VariableScopeKind.collection),
        ([.globals, .environment], .environment),
        ([.collection, .environment], .environment),
        ([.environment, .iterationData], .iterationData),
        ([.iterationData, .local], .local),
        ([.globals, .local], .local),
    ])
    func precedenceTable(defined: [VariableScopeKind], winner: VariableScopeKind) {
        #expect(chain(defining: "x", in: defined).value(for: "x") == winner.rawValue)
    }

    @Test func dynamicVariablesComeLastAndAUserVariableShadowsThem() {
        let dynamic = DynamicVariables(random: SeededRandom(seed: 1), clock: FixedClock(secondsSince1970: 0))
        var chain = ScopeChain(dynamicVariables: dynamic)
        #expect(chain.value(for: "$timestamp") == "0")
        chain.globals.set("$timestamp", .string("mine"))
        #expect(chain.lookup("$timestamp") == .variable("mine", .globals))
    }

    @Test func dynamicVariablesAreOffWithoutAGenerator() {
        #expect(ScopeChain().lookup("$guid") == .missing)
    }

    @Test func nullInTheDataRowLeavesTheTokenEvenIfAnotherScopeDefinesIt() {
        var chain = chain(defining: "x", in: [.environment])
        chain.iterationData = VariableScope(kind: .iterationData, object: ["x": .null])
        #expect(chain.lookup("x") == .nullInIterationData)
        #expect(chain.value(for: "x") == nil)
        #expect(!chain.resolves("x"))
    }

    @Test func nullInOtherScopesSubstitutesTheWordNull() {
        var chain = ScopeChain()
        chain.environment.set("x", .null)
        #expect(chain.value(for: "x") == "null")
    }

    @Test func falsyValuesSubstitute() {
        let chain = ScopeChain(
            iterationData: VariableScope(
                kind: .iterationData, object: ["empty": .string(""), "zero": .number(0), "no": .bool(false)]))
        #expect(chain.value(for: "empty") == "")
        #expect(chain.value(for: "zero") == "0")
        #expect(chain.value(for: "no") == "false")
    }

    @Test func variableNamedReturnsTheRawValueAndItsScope() throws {
        var chain = ScopeChain()
        chain.collection.set("o", .object(["a": .number(1)]))
        let found = try #require(chain.variable(named: "o"))
        #expect(found.scope == .collection)
        #expect(found.variable.value == .object(["a": .number(1)]))
    }

    @Test func noDotPathLookup() {
        let chain = ScopeChain(
            iterationData: VariableScope(kind: .iterationData, object: ["a": .object(["b": .number(1)])]))
        #expect(chain.value(for: "a.b") == nil)
        #expect(chain.value(for: "a") == "[object Object]")
    }
}

@Suite struct SecretValueTests {
    @Test func secretValuesComeFromEveryScopeLongestFirst() {
        var chain = ScopeChain()
        chain.environment.append(Variable(key: "token", value: .string("abc"), type: "secret"))
        chain.globals.set("injected", .string("abcdef"), isSecret: true)
        chain.collection.set("plain", .string("visible"))
        chain.local.append(Variable(key: "off", value: .string("hidden"), type: "secret", isDisabled: true))
        #expect(chain.secretValues == ["abcdef", "abc"])
    }

    @Test func setCanMarkAnExistingVariableSecret() {
        var environment = VariableScope(kind: .environment, variables: [Variable(key: "k", value: .string("v"))])
        environment.set("k", .string("rotated"), isSecret: true)
        #expect(environment.variable(named: "k")?.isSecret == true)
        #expect(environment.secretValues == ["rotated"])
    }
}
