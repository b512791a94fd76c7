/// Formats a Double as ECMAScript's Number::toString does (radix 10), e.g. `1`, `0.1`, `1e+21`, `1.5e-7`.
///
/// Swift's `description` already gives the shortest round-tripping digits; only the layout differs from JS.
package enum JavaScriptNumberFormatter {
    package static func string(from value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value == 0 { return "0" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value < 0 { return "-" + string(from: -value) }
        if value < 1e21, value == value.rounded(), value < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        let (digits, exponent) = shortestDigits(of: value)
        // value = 0.d1d2…dk × 10^n, in the spec's terms: k digits, n the decimal point position.
        let k = digits.count
        let n = exponent
        if k <= n && n <= 21 {
            return digits + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            let splitIndex = digits.index(digits.startIndex, offsetBy: n)
            return digits[..<splitIndex] + "." + digits[splitIndex...]
        }
        if -6 < n && n <= 0 {
            return "0." + String(repeating: "0", count: -n) + digits
        }
        let e = n - 1
        let sign = e < 0 ? "-" : "+"
        let mantissa = k == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
        return mantissa + "e" + sign + String(abs(e))
    }

    /// The shortest decimal digits (no leading or trailing zeros) and the position n of the decimal point.
    private static func shortestDigits(of value: Double) -> (String, Int) {
        let text = "\(value)"
        var mantissa = Substring(text)
        var exponent = 0
        if let eIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<eIndex]
            exponent = Int(text[text.index(after: eIndex)...]) ?? 0
        }
        var integerPart = mantissa
        var fractionPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            integerPart = mantissa[..<dot]
            fractionPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(integerPart) + fractionPart
        var pointPosition = integerPart.count + exponent
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 {
            digits.removeLast()
        }
        return (digits, pointPosition)
    }
}
