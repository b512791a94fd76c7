import Foundation
import Variables

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
        String(JavaScriptDateFormatter.isoString(date).prefix(19))
    }
}

extension Duration {
    var roundedMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + (attoseconds + 500_000_000_000_000) / 1_000_000_000_000_000
    }
}
