import Foundation

/// Formats instants the way JavaScript's `Date` does, in UTC, without Foundation's formatters.
///
/// `Date.prototype.toString()` uses the process time zone in Node; Postie always renders UTC, which is what
/// Newman prints on a machine whose zone is UTC.
package enum JavaScriptDateFormatter {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Milliseconds since the epoch, floored as `Date.now()` reports them.
    package static func milliseconds(since1970 date: Date) -> Int64 {
        let value = (date.timeIntervalSince1970 * 1000).rounded(.down)
        guard value.isFinite, abs(value) < 8.64e15 else { return 0 }
        return Int64(value)
    }

    /// `Date.prototype.toISOString()`: `2026-11-29T02:32:57.123Z`.
    package static func isoString(_ date: Date) -> String {
        let parts = DateParts(milliseconds: milliseconds(since1970: date))
        return "\(yearText(parts.year))-\(pad(parts.month))-\(pad(parts.day))T\(pad(parts.hour)):"
            + "\(pad(parts.minute)):\(pad(parts.second)).\(pad(parts.millisecond, width: 3))Z"
    }

    /// `Date.prototype.toString()` in UTC: `Sun Nov 29 2026 02:32:57 GMT+0000 (Coordinated Universal Time)`.
    package static func dateString(_ date: Date) -> String {
        let parts = DateParts(milliseconds: milliseconds(since1970: date))
        return "\(weekdays[parts.weekday]) \(months[parts.month - 1]) \(pad(parts.day)) \(yearText(parts.year)) "
            + "\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second)) GMT+0000 (Coordinated Universal Time)"
    }

    private static func yearText(_ year: Int) -> String {
        year < 0 ? "-" + pad(-year, width: 6) : pad(year, width: 4)
    }

    private static func pad(_ value: Int, width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

/// A UTC calendar breakdown of an instant (proleptic Gregorian calendar).
private struct DateParts {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    var millisecond: Int
    /// 0 = Sunday.
    var weekday: Int

    init(milliseconds: Int64) {
        let msPerDay: Int64 = 86_400_000
        var days = milliseconds / msPerDay
        var remainder = milliseconds % msPerDay
        if remainder < 0 {
            remainder += msPerDay
            days -= 1
        }
        let dayCount = Int(days)
        millisecond = Int(remainder % 1000)
        second = Int(remainder / 1000 % 60)
        minute = Int(remainder / 60_000 % 60)
        hour = Int(remainder / 3_600_000)
        // 1970-01-01 was a Thursday.
        weekday = ((dayCount % 7) + 11) % 7
        // Days to civil date, counting in 400-year eras that start on March 1st.
        let shifted = dayCount + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }
}
