import Foundation

// The generator of every dynamic variable, in Postman's declaration order.
extension DynamicVariables {
    static let generators: [(name: String, generate: Generator)] = [
        ("$guid", { $0.uuidV4() }),
        // Math.round(Date.now() / 1000): seconds, rounded half up.
        ("$timestamp", { String(($0.nowMilliseconds + 500).floorDivided(by: 1000)) }),
        ("$isoTimestamp", { JavaScriptDateFormatter.isoString($0.clock.now) }),
        // ~~(Math.random() * 1001): 0…1000 inclusive.
        ("$randomInt", { String(Int($0.random.nextDouble() * 1001)) }),
        ("$randomPhoneNumber", { phoneNumber($0) }),
        ("$randomPhoneNumberExt", { String($0.number(1...99)) + "-" + phoneNumber($0) }),
        ("$randomLocale", { $0.pick(FakeWords.locales) }),
        ("$randomWords", { g in (0..<g.number(2...5)).map { _ in word(g) }.joined(separator: " ") }),
        ("$randomFilePath", { $0.pick(FakeWords.directoryPaths) + "/" + $0.fileStem() + "." + $0.fileExtension() }),
        ("$randomDirectoryPath", { $0.pick(FakeWords.directoryPaths) }),
        ("$randomCity", { city($0) }),
        ("$randomStreetName", { streetName($0) }),
        ("$randomStreetAddress", { g in String(g.number(10...99_999)) + " " + streetName(g) }),
        ("$randomCountry", { $0.pick(FakeWords.countries) }),
        ("$randomCountryCode", { $0.pick(FakeWords.countryCodes) }),
        ("$randomLatitude", { $0.coordinate(limit: 90) }),
        ("$randomLongitude", { $0.coordinate(limit: 180) }),
        ("$randomColor", { $0.pick(FakeWords.colors) }),
        ("$randomDepartment", { $0.pick(FakeWords.departments) }),
        ("$randomProductName", { productName($0) }),
        ("$randomProductAdjective", { $0.pick(FakeWords.productAdjectives) }),
        ("$randomProductMaterial", { $0.pick(FakeWords.productMaterials) }),
        ("$randomProduct", { $0.pick(FakeWords.products) }),
        ("$randomCompanyName", { companyName($0) }),
        ("$randomCompanySuffix", { $0.pick(FakeWords.companySuffixes) }),
        ("$randomCatchPhrase", { catchPhrase($0) }),
        ("$randomBs", { bs($0) }),
        ("$randomCatchPhraseAdjective", { $0.pick(FakeWords.catchPhraseAdjectives) }),
        ("$randomCatchPhraseDescriptor", { $0.pick(FakeWords.catchPhraseDescriptors) }),
        ("$randomCatchPhraseNoun", { $0.pick(FakeWords.catchPhraseNouns) }),
        ("$randomBsAdjective", { $0.pick(FakeWords.bsAdjectives) }),
        ("$randomBsBuzz", { $0.pick(FakeWords.bsBuzzwords) }),
        ("$randomBsNoun", { $0.pick(FakeWords.bsNouns) }),
        ("$randomDatabaseColumn", { $0.pick(FakeWords.databaseColumns) }),
        ("$randomDatabaseType", { $0.pick(FakeWords.databaseTypes) }),
        ("$randomDatabaseCollation", { $0.pick(FakeWords.databaseCollations) }),
        ("$randomDatabaseEngine", { $0.pick(FakeWords.databaseEngines) }),
        // Within the past year, the next year, and the past day, as faker's date.past/future/recent.
        ("$randomDatePast", { g in g.dateString(offsetMilliseconds: -Int64(g.number(1_000...31_536_000_000))) }),
        ("$randomDateFuture", { g in g.dateString(offsetMilliseconds: Int64(g.number(1_000...31_536_000_000))) }),
        ("$randomDateRecent", { g in g.dateString(offsetMilliseconds: -Int64(g.number(1...86_400_000))) }),
        ("$randomMonth", { $0.pick(FakeWords.months) }),
        ("$randomWeekday", { $0.pick(FakeWords.weekdays) }),
        ("$randomBankAccount", { $0.digits(8) }),
        ("$randomBankAccountName", { $0.pick(FakeWords.accountTypes) + " Account" }),
        ("$randomCreditCardMask", { $0.digits(4) }),
        ("$randomPrice", { price($0) }),
        ("$randomTransactionType", { $0.pick(FakeWords.transactionTypes) }),
        ("$randomCurrencyCode", { $0.pick(FakeWords.currencyCodes) }),
        ("$randomCurrencyName", { $0.pick(FakeWords.currencyNames) }),
        ("$randomCurrencySymbol", { $0.pick(FakeWords.currencySymbols) }),
        ("$randomBitcoin", { bitcoinAddress($0) }),
        ("$randomBankAccountIban", { $0.iban() }),
        ("$randomBankAccountBic", { bic($0) }),
        ("$randomAbbreviation", { $0.pick(FakeWords.hackerAbbreviations) }),
        ("$randomAdjective", { $0.pick(FakeWords.hackerAdjectives) }),
        ("$randomNoun", { $0.pick(FakeWords.hackerNouns) }),
        ("$randomVerb", { $0.pick(FakeWords.hackerVerbs) }),
        ("$randomIngverb", { $0.pick(FakeWords.hackerIngVerbs) }),
        ("$randomPhrase", { hackerPhrase($0) }),
        ("$randomAvatarImage", { "https://cdn.fakercloud.com/avatars/" + $0.userName().lowercased() + "_128.jpg" }),
        ("$randomImageUrl", { _ in "http://placeimg.com/640/480" }),
        ("$randomAbstractImage", { _ in imageURL("abstract") }),
        ("$randomAnimalsImage", { _ in imageURL("animals") }),
        ("$randomBusinessImage", { _ in imageURL("business") }),
        ("$randomCatsImage", { _ in imageURL("cats") }),
        ("$randomCityImage", { _ in imageURL("city") }),
        ("$randomFoodImage", { _ in imageURL("food") }),
        ("$randomNightlifeImage", { _ in imageURL("nightlife") }),
        ("$randomFashionImage", { _ in imageURL("fashion") }),
        ("$randomPeopleImage", { _ in imageURL("people") }),
        ("$randomNatureImage", { _ in imageURL("nature") }),
        ("$randomSportsImage", { _ in imageURL("sports") }),
        ("$randomTransportImage", { _ in imageURL("transport") }),
        ("$randomImageDataUri", { _ in imageDataURI }),
        ("$randomEmail", { g in emailLocalPart(g) + "@" + g.pick(FakeWords.freeEmailDomains) }),
        ("$randomExampleEmail", { g in emailLocalPart(g) + "@" + g.pick(FakeWords.exampleEmailDomains) }),
        ("$randomUserName", { $0.userName() }),
        ("$randomProtocol", { $0.pick(["http", "https"]) }),
        ("$randomUrl", { g in g.pick(["http", "https"]) + "://" + g.domainName() }),
        ("$randomDomainName", { $0.domainName() }),
        ("$randomDomainSuffix", { $0.pick(FakeWords.domainSuffixes) }),
        ("$randomDomainWord", { $0.domainWord() }),
        ("$randomIP", { g in (0..<4).map { _ in String(g.number(0...255)) }.joined(separator: ".") }),
        ("$randomIPV6", { g in (0..<8).map { _ in g.hexDigits(4) }.joined(separator: ":") }),
        ("$randomUserAgent", { $0.pick(FakeWords.userAgents) }),
        ("$randomHexColor", { "#" + $0.hexDigits(6) }),
        ("$randomMACAddress", { g in (0..<6).map { _ in g.hexDigits(2) }.joined(separator: ":") }),
        ("$randomPassword", { $0.characters(15, from: passwordAlphabet) }),
        ("$randomLoremWord", { $0.pick(FakeWords.loremWords) }),
        ("$randomLoremWords", { g in (0..<3).map { _ in g.pick(FakeWords.loremWords) }.joined(separator: " ") }),
        ("$randomLoremSentence", { $0.loremSentence() }),
        ("$randomLoremSlug", { g in (0..<3).map { _ in g.pick(FakeWords.loremWords) }.joined(separator: "-") }),
        ("$randomLoremSentences", { $0.loremSentences($0.number(2...6)) }),
        ("$randomLoremParagraph", { $0.loremParagraph() }),
        ("$randomLoremParagraphs", { g in (0..<3).map { _ in g.loremParagraph() }.joined(separator: "\n \r") }),
        ("$randomLoremText", { loremText($0) }),
        ("$randomLoremLines", { g in (0..<g.number(1...5)).map { _ in g.loremSentence() }.joined(separator: "\n") }),
        ("$randomFirstName", { $0.firstName() }),
        ("$randomLastName", { $0.lastName() }),
        ("$randomFullName", { $0.firstName() + " " + $0.lastName() }),
        ("$randomJobTitle", { jobTitle($0) }),
        ("$randomNamePrefix", { $0.pick(FakeWords.namePrefixes) }),
        ("$randomNameSuffix", { $0.pick(FakeWords.nameSuffixes) }),
        ("$randomJobDescriptor", { $0.pick(FakeWords.jobDescriptors) }),
        ("$randomJobArea", { $0.pick(FakeWords.jobAreas) }),
        ("$randomJobType", { $0.pick(FakeWords.jobTypes) }),
        ("$randomUUID", { $0.uuidV4() }),
        ("$randomBoolean", { $0.random.nextDouble() < 0.5 ? "true" : "false" }),
        ("$randomWord", { word($0) }),
        ("$randomAlphaNumeric", { $0.characters(1, from: "0123456789abcdefghijklmnopqrstuvwxyz") }),
        ("$randomFileName", { $0.fileStem() + "." + $0.fileExtension() }),
        ("$randomCommonFileName", { $0.fileStem() + "." + $0.pick(FakeWords.commonFileExtensions) }),
        ("$randomMimeType", { g in g.pick(FakeWords.mimeTypes.map(\.type)) }),
        ("$randomCommonFileType", { $0.pick(FakeWords.commonFileTypes) }),
        ("$randomCommonFileExt", { $0.pick(FakeWords.commonFileExtensions) }),
        ("$randomFileType", { g in g.pick(Array(Set(FakeWords.mimeTypes.map { mediaType(of: $0.type) })).sorted()) }),
        ("$randomFileExt", { $0.fileExtension() }),
        ("$randomSemver", { g in (0..<3).map { _ in String(g.number(0...9)) }.joined(separator: ".") }),
    ]

    private static let passwordAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"

    private static func phoneNumber(_ g: DynamicVariables) -> String {
        // NANP style: area code and exchange never start with 0 or 1.
        String(g.number(2...9)) + g.digits(2) + "-" + String(g.number(2...9)) + g.digits(2) + "-" + g.digits(4)
    }

    private static func word(_ g: DynamicVariables) -> String {
        switch g.number(0...4) {
        case 0: g.pick(FakeWords.productAdjectives)
        case 1: g.pick(FakeWords.hackerNouns)
        case 2: g.pick(FakeWords.bsBuzzwords)
        case 3: g.pick(FakeWords.catchPhraseNouns)
        default: g.pick(FakeWords.colors)
        }
    }

    private static func city(_ g: DynamicVariables) -> String {
        switch g.number(0...2) {
        case 0: g.pick(FakeWords.cityPrefixes) + " " + g.firstName()
        case 1: g.lastName() + g.pick(FakeWords.citySuffixes)
        default: g.pick(FakeWords.cityPrefixes) + " " + g.firstName() + g.pick(FakeWords.citySuffixes)
        }
    }

    private static func streetName(_ g: DynamicVariables) -> String {
        g.pick(FakeWords.firstNames + FakeWords.lastNames) + " " + g.pick(FakeWords.streetSuffixes)
    }

    private static func productName(_ g: DynamicVariables) -> String {
        g.pick(FakeWords.productAdjectives) + " " + g.pick(FakeWords.productMaterials) + " "
            + g.pick(FakeWords.products)
    }

    private static func companyName(_ g: DynamicVariables) -> String {
        switch g.number(0...2) {
        case 0: g.lastName() + " " + g.pick(FakeWords.companySuffixes)
        case 1: g.lastName() + " - " + g.lastName()
        default: g.lastName() + ", " + g.lastName() + " and " + g.lastName()
        }
    }

    private static func catchPhrase(_ g: DynamicVariables) -> String {
        g.pick(FakeWords.catchPhraseAdjectives) + " " + g.pick(FakeWords.catchPhraseDescriptors) + " "
            + g.pick(FakeWords.catchPhraseNouns)
    }

    private static func bs(_ g: DynamicVariables) -> String {
        g.pick(FakeWords.bsBuzzwords) + " " + g.pick(FakeWords.bsAdjectives) + " " + g.pick(FakeWords.bsNouns)
    }

    private static func price(_ g: DynamicVariables) -> String {
        let cents = g.number(10_000...99_999)
        let fraction = cents % 100
        return String(cents / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    private static func bitcoinAddress(_ g: DynamicVariables) -> String {
        let base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        return g.pick(["1", "3"]) + g.characters(g.number(25...33), from: base58)
    }

    private static func bic(_ g: DynamicVariables) -> String {
        let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        let alphanumerics = letters + "0123456789"
        let branch = g.number(0...1) == 0 ? "" : g.pick(["XXX", g.characters(3, from: alphanumerics)])
        return g.characters(4, from: letters) + g.pick(FakeWords.countryCodes) + g.characters(2, from: alphanumerics)
            + branch
    }

    private static func hackerPhrase(_ g: DynamicVariables) -> String {
        let noun = g.pick(FakeWords.hackerNouns)
        let abbreviation = g.pick(FakeWords.hackerAbbreviations)
        let adjective = g.pick(FakeWords.hackerAdjectives)
        let verb = g.pick(FakeWords.hackerVerbs)
        let ingVerb = g.pick(FakeWords.hackerIngVerbs)
        switch g.number(0...3) {
        case 0: return "Try to \(verb) the \(abbreviation) \(noun), maybe it will \(verb) the \(adjective) \(noun)!"
        case 1: return "We need to \(verb) the \(adjective) \(abbreviation) \(noun)!"
        case 2:
            return
                "\(g.capitalized(ingVerb)) the \(noun) won't do anything, we need to \(verb) the \(adjective) \(noun)!"
        default:
            return "The \(abbreviation) \(noun) is down, \(verb) the \(adjective) \(noun) so we can \(verb) the "
                + "\(abbreviation) \(noun)!"
        }
    }

    private static func imageURL(_ category: String) -> String {
        "http://placeimg.com/640/480/" + category
    }

    private static let imageDataURI: String = {
        let svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"640\" height=\"480\">"
            + "<rect width=\"100%\" height=\"100%\" fill=\"grey\"/><text x=\"320\" y=\"240\" font-size=\"20\" "
            + "alignment-baseline=\"middle\" text-anchor=\"middle\" fill=\"white\">640x480</text></svg>"
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_.!~*'()"))
        return "data:image/svg+xml;charset=UTF-8,"
            + (svg.addingPercentEncoding(withAllowedCharacters: allowed) ?? svg)
    }()

    private static func emailLocalPart(_ g: DynamicVariables) -> String {
        let base = g.firstName() + g.pick([".", "_", ""]) + g.lastName()
        return g.number(0...1) == 0 ? base : base + String(g.number(1...99))
    }

    private static func loremText(_ g: DynamicVariables) -> String {
        switch g.number(0...4) {
        case 0: g.pick(FakeWords.loremWords)
        case 1: g.loremSentence()
        case 2: g.loremSentences(g.number(2...6))
        case 3: g.loremParagraph()
        default: (0..<g.number(1...5)).map { _ in g.loremSentence() }.joined(separator: "\n")
        }
    }

    private static func jobTitle(_ g: DynamicVariables) -> String {
        g.pick(FakeWords.jobDescriptors) + " " + g.pick(FakeWords.jobAreas) + " " + g.pick(FakeWords.jobTypes)
    }

    private static func mediaType(of mimeType: String) -> String {
        String(mimeType.prefix { $0 != "/" })
    }
}

extension Int64 {
    /// Division rounding towards negative infinity.
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
