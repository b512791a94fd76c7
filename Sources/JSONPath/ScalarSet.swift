/// A set of Unicode scalars as an I-Regexp character class describes it: ranges and general categories.
struct ScalarSet: Sendable {
    /// One member of a class: a range of scalars or a (possibly complemented) set of general categories.
    enum Item: Sendable {
        case range(ClosedRange<UInt32>)
        case categories(Set<Unicode.GeneralCategory>, complemented: Bool)
        /// A shorthand class such as `\D` inside brackets.
        indirect case nested(ScalarSet)
    }

    var items: [Item]
    var negated: Bool

    init(items: [Item], negated: Bool = false) {
        self.items = items
        self.negated = negated
    }

    init(scalar: Unicode.Scalar) {
        self.init(items: [.range(scalar.value...scalar.value)])
    }

    /// `.`: anything except a line feed or a carriage return.
    static let dot = ScalarSet(items: [.range(0x0A...0x0A), .range(0x0D...0x0D)], negated: true)

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        var found = false
        for item in items {
            switch item {
            case .range(let range):
                found = range.contains(scalar.value)
            case .categories(let categories, let complemented):
                found = categories.contains(scalar.properties.generalCategory) != complemented
            case .nested(let set):
                found = set.contains(scalar)
            }
            if found { break }
        }
        return found != negated
    }

    /// The general categories named by an I-Regexp `IsCategory` such as `L` or `Lu`, or nil if it names none.
    static func categories(named name: String) -> Set<Unicode.GeneralCategory>? {
        let all: [(String, Unicode.GeneralCategory)] = [
            ("Lu", .uppercaseLetter), ("Ll", .lowercaseLetter), ("Lt", .titlecaseLetter),
            ("Lm", .modifierLetter), ("Lo", .otherLetter),
            ("Mn", .nonspacingMark), ("Mc", .spacingMark), ("Me", .enclosingMark),
            ("Nd", .decimalNumber), ("Nl", .letterNumber), ("No", .otherNumber),
            ("Pc", .connectorPunctuation), ("Pd", .dashPunctuation), ("Ps", .openPunctuation),
            ("Pe", .closePunctuation), ("Pi", .initialPunctuation), ("Pf", .finalPunctuation),
            ("Po", .otherPunctuation),
            ("Zs", .spaceSeparator), ("Zl", .lineSeparator), ("Zp", .paragraphSeparator),
            ("Sm", .mathSymbol), ("Sc", .currencySymbol), ("Sk", .modifierSymbol), ("So", .otherSymbol),
            ("Cc", .control), ("Cf", .format), ("Co", .privateUse), ("Cn", .unassigned),
        ]
        if name.count == 1 {
            let group = all.filter { $0.0.hasPrefix(name) }.map(\.1)
            guard !group.isEmpty else { return nil }
            // The single-letter "C" group also covers surrogates, which scalars can never be.
            return Set(group)
        }
        guard let match = all.first(where: { $0.0 == name }) else { return nil }
        return [match.1]
    }
}
