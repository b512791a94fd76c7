import JSON
import Testing

@testable import Variables

@Suite struct VariableTests {
    @Test(arguments: [
        (JSONValue?.some(.string("abc")), "abc"),
        (.some(.string("")), ""),
        (.some(.null), "null"),
        (nil, ""),
        (.some(.bool(true)), "true"),
        (.some(.bool(false)), "false"),
        (.some(.number(1)), "1"),
        (.some(.number(-0.0)), "0"),
        (.some(.number(1.5)), "1.5"),
        (.some(.number(0.1)), "0.1"),
        (.some(.number(1e21)), "1e+21"),
        (.some(.number(123_456_789_012)), "123456789012"),
        (.some(.number(1.5e-7)), "1.5e-7"),
        (.some(.object(["a": .number(1)])), "[object Object]"),
        (.some(.array([.number(1), .number(2)])), "1,2"),
        (.some(.array([.number(1), .null, .string("x"), .array([.bool(true), .number(3)])])), "1,,x,true,3"),
        (.some(.array([])), ""),
    ])
    func stringValueFollowsNewmansToString(value: JSONValue?, expected: String) {
        #expect(Variable(key: "k", value: value).stringValue == expected)
    }

    @Test(arguments: [
        ("string", JSONValue?.some(.number(12)), JSONValue?.some(.string("12")), "12"),
        ("string", nil, .some(.string("undefined")), "undefined"),
        ("number", .some(.string(" 42 ")), .some(.number(42)), "42"),
        ("number", .some(.string("0x1A")), .some(.number(26)), "26"),
        ("number", .some(.string("abc")), .some(.number(.nan)), "NaN"),
        ("number", .some(.string("")), .some(.number(0)), "0"),
        ("number", .some(.bool(true)), .some(.number(1)), "1"),
        ("boolean", .some(.string("false")), .some(.bool(true)), "true"),
        ("boolean", .some(.string("")), .some(.bool(false)), "false"),
        ("boolean", .some(.number(0)), .some(.bool(false)), "false"),
        ("secret", .some(.string("s3cr3t")), .some(.string("s3cr3t")), "s3cr3t"),
        ("default", .some(.number(7)), .some(.number(7)), "7"),
    ])
    func declaredTypesCastTheValueAsNewmanDoes(
        type: String, value: JSONValue?, stored: JSONValue?, text: String
    ) {
        let variable = Variable(key: "k", value: value, type: type)
        if case .number(let expected)? = stored, expected.isNaN {
            #expect(variable.value?.numberValue?.isNaN == true)
        } else {
            #expect(variable.value == stored)
        }
        #expect(variable.stringValue == text)
    }

    @Test func arrayAndObjectTypesParseTheirStoredJSONText() {
        let array = Variable(key: "a", value: .string("[1,2]"), type: "array")
        #expect(array.resolvedValue == .array([.number(1), .number(2)]))
        #expect(array.stringValue == "1,2")
        let object = Variable(key: "o", value: .object(["x": .number(1)]), type: "object")
        #expect(object.value == .string("{\"x\":1}"))
        #expect(object.stringValue == "[object Object]")
        let invalid = Variable(key: "i", value: .string("not json"), type: "array")
        #expect(invalid.resolvedValue == nil)
        #expect(invalid.stringValue == "")
    }

    @Test func secretTypeMarksTheVariableSecret() {
        #expect(Variable(key: "token", value: .string("x"), type: "secret").isSecret)
        #expect(!Variable(key: "token", value: .string("x"), type: "default").isSecret)
        #expect(Variable(key: "token", value: .string("x"), isSecret: true).isSecret)
    }

    @Test func disabledTrueHidesButEnabledFalseDoesNot() throws {
        let disabled = try #require(
            Variable(definition: .object(["key": .string("a"), "value": .string("1"), "disabled": .bool(true)])))
        let unticked = try #require(
            Variable(definition: .object(["key": .string("a"), "value": .string("1"), "enabled": .bool(false)])))
        #expect(disabled.isDisabled)
        #expect(!unticked.isDisabled)
        #expect(Variable(definition: .string("nope")) == nil)
    }

    @Test func definitionWithoutValueIsUndefined() throws {
        let variable = try #require(Variable(definition: .object(["key": .string("a")])))
        #expect(variable.value == nil)
        #expect(variable.stringValue == "")
    }
}
