/// Splits the single `Set-Cookie` value URLSession builds by joining several headers with `, `.
///
/// A comma starts a new cookie only when what follows it looks like `name=`: the comma inside an
/// `Expires=Wed, 21 Oct 2015 07:28:00 GMT` date is followed by `21 Oct …;`, which has no `=` before the `;`.
package enum SetCookieSplitter {
    package static func split(_ folded: String) -> [String] {
        var cookies: [String] = []
        var current = Substring()
        var rest = Substring(folded)
        while let comma = rest.firstIndex(of: ",") {
            let after = rest[rest.index(after: comma)...]
            if startsNewCookie(after) {
                current += rest[..<comma]
                cookies.append(current.trimmingCookieSpaces)
                current = ""
            } else {
                current += rest[...comma]
            }
            rest = after
        }
        current += rest
        cookies.append(current.trimmingCookieSpaces)
        return cookies.filter { !$0.isEmpty }
    }

    private static func startsNewCookie(_ text: Substring) -> Bool {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard let end = trimmed.firstIndex(where: { $0 == "=" || $0 == ";" || $0 == "," }), trimmed[end] == "=" else {
            return false
        }
        let name = trimmed[..<end]
        return !name.isEmpty && !name.contains(" ") && !name.contains("\t")
    }
}
