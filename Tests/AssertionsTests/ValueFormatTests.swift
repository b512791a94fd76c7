import Testing

@testable import Assertions

/// The format predicates and the spelling suggestions behind "did you mean".
@Suite struct ValueFormatTests {
    @Test(arguments: [
        ("2024-02-29", true), ("2023-02-29", false), ("2024-13-01", false), ("2024-04-31", false),
        ("2024-02-29T13:45:00Z", true), ("2024-02-29T13:45:00.123456Z", true), ("2024-02-29t13:45:00z", true),
        ("2024-02-29T13:45:00+02:00", true), ("2024-02-29T13:45:00-0200", false), ("2024-02-29T24:00:00Z", false),
        ("2024-02-29T13:45Z", false), ("2024-02-29T13:45:00", false), ("2024-02-29T13:45:00.Z", false),
        ("1900-02-29", false), ("2000-02-29", true), ("24-02-29", false), ("", false), ("2024-02-29 13:45:00Z", true),
    ])
    func isoDatesFollowRFC3339(text: String, valid: Bool) {
        #expect(ValueFormat.isISODate(text) == valid)
    }

    @Test(arguments: [
        ("3fa85f64-5717-4562-b3fc-2c963f66afa6", true), ("3FA85F64-5717-4562-B3FC-2C963F66AFA6", true),
        ("3fa85f64571745 62b3fc2c963f66afa6", false), ("3fa85f64-5717-4562-b3fc-2c963f66afa", false),
        ("3fa85f64-5717-4562-b3fc-2c963f66afag", false), ("{3fa85f64-5717-4562-b3fc-2c963f66afa6}", false),
    ])
    func uuidsAreEightFourFourFourTwelveHexDigits(text: String, valid: Bool) {
        #expect(ValueFormat.isUUID(text) == valid)
    }

    @Test(arguments: [
        ("alice@example.com", true), ("a.b+tag@mail.example.co.uk", true), ("alice@localhost", false),
        ("@example.com", false), ("alice@", false), ("al ice@example.com", false), ("a@b@example.com", false),
        (".alice@example.com", false), ("alice@-example.com", false), ("alice@example..com", false),
    ])
    func emailsNeedALocalPartAndADottedDomain(text: String, valid: Bool) {
        #expect(ValueFormat.isEmail(text) == valid)
    }

    @Test(arguments: [
        ("stauts", "status"), ("Status", "status"), ("jsonPath", "jsonpath"), ("equals", "=="), ("isStrng", "isString"),
        ("includes", "contains"), ("isList", "isArray"), ("matchs", "matches"), ("startswith", "startsWith"),
    ])
    func misspeltNamesGetASuggestion(word: String, suggestion: String) {
        let known = ["status", "jsonpath"] + ["==", "isString", "contains", "isArray", "matches", "startsWith"]
        #expect(SpellingSuggestion.suggest(word, among: known) == suggestion)
    }

    @Test func unrelatedWordsGetNoSuggestion() {
        #expect(SpellingSuggestion.suggest("banana", among: ["status", "header", "body"]) == nil)
    }
}
