import Foundation
import Testing

@testable import Variables

@Suite struct JavaScriptDateFormatterTests {
    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00.000Z", "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)"),
        (
            1_795_860_000.123, "2026-11-28T10:00:00.123Z",
            "Sat Nov 28 2026 10:00:00 GMT+0000 (Coordinated Universal Time)"
        ),
        (951_782_400.0, "2000-02-29T00:00:00.000Z", "Tue Feb 29 2000 00:00:00 GMT+0000 (Coordinated Universal Time)"),
        (-1.0, "1969-12-31T23:59:59.000Z", "Wed Dec 31 1969 23:59:59 GMT+0000 (Coordinated Universal Time)"),
        (
            4_102_444_799.999, "2099-12-31T23:59:59.999Z",
            "Thu Dec 31 2099 23:59:59 GMT+0000 (Coordinated Universal Time)"
        ),
    ])
    func formatsLikeJavaScriptDate(seconds: Double, iso: String, text: String) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(JavaScriptDateFormatter.isoString(date) == iso)
        #expect(JavaScriptDateFormatter.dateString(date) == text)
    }
}
