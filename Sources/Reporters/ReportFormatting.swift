import Foundation

/// Number, size and time formats shared by the reporters.
enum ReportFormatting {
    /// Seconds with exactly three decimals, as JUnit consumers expect (`0.012`).
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = max(0, duration.roundedMilliseconds)
        return "\(milliseconds / 1000).\(String(format: "%03d", milliseconds % 1000))"
    }

    /// `12ms`, `1.5s`, `2m 3.4s`.
    static func humanDuration(_ duration: Duration) -> String {
        let milliseconds = duration.roundedMilliseconds
        if milliseconds < 1000 { return "\(milliseconds)ms" }
        if milliseconds < 60_000 { return String(format: "%.1fs", Double(milliseconds) / 1000) }
        return "\(milliseconds / 60_000)m " + String(format: "%.1fs", Double(milliseconds % 60_000) / 1000)
    }

    /// `512B`, `1.2kB`, `3.4MB`, as Newman prints sizes.
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes)B" }
        if bytes < 1024 * 1024 { return String(format: "%.1fkB", Double(bytes) / 1024) }
        return String(format: "%.1fMB", Double(bytes) / 1024 / 1024)
    }

    /// `2026-11-29T10:00:00` in UTC: the JUnit timestamp form both strict schemas accept.
    static func junitTimestamp(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, secondOfDay / 3600, secondOfDay % 3600 / 60,
            secondOfDay % 60)
    }

    /// `2026-11-29T10:00:00.000Z`, JavaScript's `toISOString`.
    static func isoTimestamp(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let base = junitTimestamp(date)
        let fraction = ((milliseconds % 1000) + 1000) % 1000
        return base + String(format: ".%03dZ", fraction)
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days).
    private static func civilDate(daysSince1970 days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension Duration {
    var roundedMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + (attoseconds + 500_000_000_000_000) / 1_000_000_000_000_000
    }
}
