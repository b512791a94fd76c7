import Foundation

/// `Date`, with every time in UTC: local time is UTC here, so `getHours` equals `getUTCHours` and `toString`
/// prints `GMT+0000 (Coordinated Universal Time)`, as Node does with `TZ=UTC`. Time zones and the full parsing
/// and `toLocale*` rules are the next part of the interpreter's work.
extension Realm {
    static let msPerDay = 86_400_000.0

    func setUpDate() {
        let proto = newObject(proto: objectPrototype)
        let ctor = makeConstructor("Date", length: 7, prototype: proto) { c throws(JSThrow) in
            let r = c.realm
            guard let nt = c.newTarget else { return .string(JSString(Self.dateString((r.currentTime() + r.virtualClockAdvance), style: .full))) }
            let time: Double
            switch c.count {
            case 0:
                time = (r.currentTime() + r.virtualClockAdvance)
            case 1:
                if case .object(let o) = c[0], case .date(let t) = o.kind {
                    time = t
                } else {
                    let primitive = try r.toPrimitive(c[0])
                    if case .string(let text) = primitive {
                        time = Self.parseDate(text.string)
                    } else {
                        time = Self.timeClip(try r.toNumber(primitive))
                    }
                }
            default:
                var fields: [Double] = []
                for i in 0..<min(c.count, 7) { fields.append(try r.toNumber(c[i])) }
                time = Self.timeClip(Self.makeTime(fields))
            }
            return .object(r.newObject(proto: try r.prototype(from: nt, fallback: proto), kind: .date(time)))
        }
        defineMethod(ctor, "now", length: 0) { c throws(JSThrow) in .number((c.realm.currentTime() + c.realm.virtualClockAdvance)) }
        defineMethod(ctor, "parse", length: 1) { c throws(JSThrow) in
            .number(Self.parseDate(try c.realm.toString(c[0]).string))
        }
        defineMethod(ctor, "UTC", length: 7) { c throws(JSThrow) in
            var fields: [Double] = []
            for i in 0..<min(max(c.count, 1), 7) { fields.append(try c.realm.toNumber(c[i])) }
            return .number(Self.timeClip(Self.makeTime(fields)))
        }

        func time(_ c: NativeCall, _ name: String) throws(JSThrow) -> Double {
            guard case .object(let o) = c.this, case .date(let t) = o.kind else {
                throw c.realm.typeError("this is not a Date object.")
            }
            return t
        }
        for name in ["getTime", "valueOf"] {
            defineMethod(proto, name, length: 0) { c throws(JSThrow) in .number(try time(c, name)) }
        }
        let getters: [(String, (DateFields) -> Double)] = [
            ("FullYear", { Double($0.year) }), ("Month", { Double($0.month) }), ("Date", { Double($0.day) }),
            ("Day", { Double($0.weekday) }), ("Hours", { Double($0.hour) }), ("Minutes", { Double($0.minute) }),
            ("Seconds", { Double($0.second) }), ("Milliseconds", { Double($0.millisecond) }),
        ]
        for (field, read) in getters {
            for name in ["get" + field, "getUTC" + field] {
                defineMethod(proto, name, length: 0) { c throws(JSThrow) in
                    let t = try time(c, name)
                    return .number(t.isNaN ? .nan : read(Self.fields(t)))
                }
            }
        }
        defineMethod(proto, "getYear", length: 0) { c throws(JSThrow) in
            let t = try time(c, "getYear")
            return .number(t.isNaN ? .nan : Double(Self.fields(t).year - 1900))
        }
        defineMethod(proto, "getTimezoneOffset", length: 0) { c throws(JSThrow) in
            let t = try time(c, "getTimezoneOffset")
            return .number(t.isNaN ? .nan : 0)
        }
        // Setters take the fields from the given position on, as the spec's MakeDate/MakeTime do.
        let setters: [(String, Int, Int)] = [
            ("FullYear", 0, 3), ("Month", 1, 2), ("Date", 2, 1), ("Hours", 3, 4), ("Minutes", 4, 3), ("Seconds", 5, 2),
            ("Milliseconds", 6, 1),
        ]
        for (field, first, length) in setters {
            for name in ["set" + field, "setUTC" + field] {
                defineMethod(proto, name, length: length) { c throws(JSThrow) in
                    guard case .object(let o) = c.this, case .date(let t) = o.kind else {
                        throw c.realm.typeError("this is not a Date object.")
                    }
                    var values: [Double] = []
                    for i in 0..<min(max(c.count, 1), length) { values.append(try c.realm.toNumber(c[i])) }
                    let base = t.isNaN ? (first == 0 ? 0 : Double.nan) : t
                    guard !base.isNaN else { return .number(.nan) }
                    let current = Self.fields(base)
                    var all = [
                        Double(current.year), Double(current.month), Double(current.day), Double(current.hour),
                        Double(current.minute), Double(current.second), Double(current.millisecond),
                    ]
                    for (offset, value) in values.enumerated() { all[first + offset] = value }
                    let updated = Self.timeClip(Self.makeTime(all, twoDigitYears: false))
                    o.kind = .date(updated)
                    return .number(updated)
                }
            }
        }
        defineMethod(proto, "setTime", length: 1) { c throws(JSThrow) in
            guard case .object(let o) = c.this, case .date = o.kind else { throw c.realm.typeError("this is not a Date object.") }
            let t = Self.timeClip(try c.realm.toNumber(c[0]))
            o.kind = .date(t)
            return .number(t)
        }
        defineMethod(proto, "toISOString", length: 0) { c throws(JSThrow) in
            let t = try time(c, "toISOString")
            guard !t.isNaN else { throw c.realm.rangeError("Invalid time value") }
            return .string(JSString(Self.isoString(t)))
        }
        defineMethod(proto, "toJSON", length: 1) { c throws(JSThrow) in
            let t = try time(c, "toJSON")
            return t.isNaN ? .null : .string(JSString(Self.isoString(t)))
        }
        let styles: [(String, DateStyle)] = [
            ("toString", .full), ("toDateString", .date), ("toTimeString", .time), ("toUTCString", .utc),
            ("toGMTString", .utc), ("toLocaleString", .localeFull), ("toLocaleDateString", .localeDate),
            ("toLocaleTimeString", .localeTime),
        ]
        for (name, style) in styles {
            defineMethod(proto, name, length: 0) { c throws(JSThrow) in
                .string(JSString(Self.dateString(try time(c, name), style: style)))
            }
        }
        defineMethod(proto, symbol: JSSymbol.toPrimitive, name: "[Symbol.toPrimitive]", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let hint = try r.toString(c[0]).string
            guard ["default", "string", "number"].contains(hint) else { throw r.typeError("Invalid hint: \(hint)") }
            for name in hint == "number" ? ["valueOf", "toString"] : ["toString", "valueOf"] {
                let method = try r.get(c.this, .string(name))
                if case .object(let f) = method, f.isCallable {
                    let result = try r.call(method, this: c.this, [])
                    if case .object = result { continue }
                    return result
                }
            }
            throw r.typeError("Cannot convert object to primitive value")
        }
    }

    // MARK: Calendar arithmetic (proleptic Gregorian, integer-based)

    struct DateFields {
        var year: Int
        var month: Int
        var day: Int
        var weekday: Int
        var hour: Int
        var minute: Int
        var second: Int
        var millisecond: Int
    }

    static func timeClip(_ time: Double) -> Double {
        guard time.isFinite, abs(time) <= 8.64e15 else { return .nan }
        return time.rounded(.towardZero) + 0
    }

    /// Days since 1970-01-01 for a year, a month (0-based, any integer) and a day of the month.
    static func days(year: Double, month: Double, day: Double) -> Double {
        let y = year + (month / 12).rounded(.down)
        let m = month.truncatingRemainder(dividingBy: 12) < 0 ? month.truncatingRemainder(dividingBy: 12) + 12
            : month.truncatingRemainder(dividingBy: 12)
        guard abs(y) < 400_000 else { return .nan }
        // Howard Hinnant's days_from_civil, with March as the first month of the year.
        let yy = Int(y) - (m < 2 ? 1 : 0)
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yearOfEra = yy - era * 400
        let mm = Int(m)
        let dayOfYear = (153 * (mm + (mm > 1 ? -2 : 10)) + 2) / 5
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Double(era * 146_097 + dayOfEra - 719_468) + day - 1
    }

    /// MakeDate(MakeDay(y, m, d), MakeTime(h, min, s, ms)) from up to seven fields. Two-digit years mean 19xx
    /// only where the spec says so (`new Date(y, …)` and `Date.UTC`), not in the setters.
    static func makeTime(_ fields: [Double], twoDigitYears: Bool = true) -> Double {
        guard fields.allSatisfy(\.isFinite) else { return .nan }
        var year = fields[0].rounded(.towardZero)
        if twoDigitYears && (0...99).contains(year) { year += 1900 }
        let value = { (i: Int, fallback: Double) in i < fields.count ? fields[i].rounded(.towardZero) : fallback }
        let day = days(year: year, month: value(1, 0), day: value(2, 1))
        let time = value(3, 0) * 3_600_000 + value(4, 0) * 60_000 + value(5, 0) * 1000 + value(6, 0)
        return day * msPerDay + time
    }

    static func fields(_ time: Double) -> DateFields {
        let days = (time / msPerDay).rounded(.down)
        var msOfDay = Int(time - days * msPerDay)
        if msOfDay < 0 { msOfDay += Int(msPerDay) }
        // civil_from_days
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 2 : mp - 10
        let year = yearOfEra + era * 400 + (month < 2 ? 1 : 0)
        let weekday = ((Int(days) % 7) + 11) % 7
        return DateFields(
            year: year, month: month, day: day, weekday: weekday, hour: msOfDay / 3_600_000,
            minute: msOfDay / 60_000 % 60, second: msOfDay / 1000 % 60, millisecond: msOfDay % 1000)
    }

    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - text.count)) + text
    }

    static func isoString(_ time: Double) -> String {
        let f = fields(time)
        let year = (0...9999).contains(f.year) ? pad(f.year, 4) : (f.year < 0 ? "-" : "+") + pad(abs(f.year), 6)
        return "\(year)-\(pad(f.month + 1))-\(pad(f.day))T\(pad(f.hour)):\(pad(f.minute)):\(pad(f.second)).\(pad(f.millisecond, 3))Z"
    }

    enum DateStyle {
        case full, date, time, utc, localeFull, localeDate, localeTime
    }

    static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func dateString(_ time: Double, style: DateStyle) -> String {
        guard !time.isNaN else { return "Invalid Date" }
        let f = fields(time)
        let year = f.year < 0 ? "-" + pad(-f.year, 6) : pad(f.year, 4)
        let date = "\(weekdayNames[f.weekday]) \(monthNames[f.month]) \(pad(f.day)) \(year)"
        let clock = "\(pad(f.hour)):\(pad(f.minute)):\(pad(f.second))"
        let zone = "GMT+0000 (Coordinated Universal Time)"
        let hour12 = f.hour % 12 == 0 ? 12 : f.hour % 12
        let localeTime = "\(hour12):\(pad(f.minute)):\(pad(f.second)) \(f.hour < 12 ? "AM" : "PM")"
        let localeDate = "\(f.month + 1)/\(f.day)/\(f.year)"
        switch style {
        case .full: return "\(date) \(clock) \(zone)"
        case .date: return date
        case .time: return "\(clock) \(zone)"
        case .utc: return "\(weekdayNames[f.weekday]), \(pad(f.day)) \(monthNames[f.month]) \(year) \(clock) GMT"
        case .localeFull: return "\(localeDate), \(localeTime)"
        case .localeDate: return localeDate
        case .localeTime: return localeTime
        }
    }

    /// ISO 8601 in its JavaScript forms, and the `toString`/`toUTCString` forms; NaN for anything else.
    static func parseDate(_ text: String) -> Double {
        let s = Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars)
        var i = 0
        func digits(_ count: Int) -> Int? {
            guard i + count <= s.count else { return nil }
            var value = 0
            for k in 0..<count {
                guard let d = s[i + k].properties.numericType != nil ? Int(String(s[i + k])) : nil else { return nil }
                value = value * 10 + d
            }
            i += count
            return value
        }
        func take(_ c: Character) -> Bool {
            guard i < s.count, Character(s[i]) == c else { return false }
            i += 1
            return true
        }
        // ISO: ±YYYYYY or YYYY, then -MM, -DD, THH:mm, :ss, .sss, Z or ±HH:mm.
        var year: Int?
        if i < s.count, s[i] == "+" || s[i] == "-" {
            let negative = s[i] == "-"
            i += 1
            year = digits(6).map { negative ? -$0 : $0 }
        } else {
            year = digits(4)
        }
        if let year, i == s.count || s[i] == "-" || s[i] == "T" {
            var month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0.0
            var offset = 0.0
            if take("-") {
                guard let m = digits(2) else { return parseTextualDate(text) }
                month = m
                if take("-") {
                    guard let d = digits(2) else { return parseTextualDate(text) }
                    day = d
                }
            }
            if take("T") || take(" ") {
                guard let h = digits(2), take(":"), let mi = digits(2) else { return parseTextualDate(text) }
                hour = h
                minute = mi
                if take(":") {
                    guard let sec = digits(2) else { return parseTextualDate(text) }
                    second = sec
                    if take(".") {
                        var fraction = ""
                        while i < s.count, let d = Int(String(s[i])) { fraction += String(d); i += 1 }
                        guard !fraction.isEmpty else { return parseTextualDate(text) }
                        ms = (Double("0." + fraction) ?? 0) * 1000
                    }
                }
                if !take("Z"), i < s.count, s[i] == "+" || s[i] == "-" {
                    let sign = s[i] == "-" ? -1.0 : 1.0
                    i += 1
                    guard let oh = digits(2) else { return parseTextualDate(text) }
                    _ = take(":")
                    guard let om = digits(2) else { return parseTextualDate(text) }
                    offset = sign * Double(oh * 60 + om) * 60_000
                }
            }
            guard i == s.count, (1...12).contains(month), (1...31).contains(day), hour <= 24, minute < 60, second < 60
            else { return parseTextualDate(text) }
            let time = days(year: Double(year), month: Double(month - 1), day: Double(day)) * msPerDay
                + Double(hour * 3_600_000 + minute * 60_000 + second * 1000) + ms.rounded(.down) - offset
            return timeClip(time)
        }
        return parseTextualDate(text)
    }

    /// `Tue Nov 18 2026 11:06:40 GMT+0000 (…)` and `Tue, 18 Nov 2026 11:06:40 GMT`.
    static func parseTextualDate(_ text: String) -> Double {
        let words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        var day: Int?, month: Int?, year: Int?, clock = [0, 0, 0], offset = 0
        for word in words {
            // V8's legacy forms: `2023/1/14`, `2023-1-14` (not strict ISO) and `1/14/2023`, in local time.
            let numbers = word.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { Int($0) }
            if numbers.count == 3, word.contains("/") || word.contains("-"), numbers.allSatisfy({ $0 != nil }) {
                let parts = numbers.compactMap { $0 }
                let yearFirst = word.prefix { $0.isNumber }.count >= 3
                var numericYear = yearFirst ? parts[0] : parts[2]
                if !yearFirst && numericYear < 100 { numericYear += numericYear < 50 ? 2000 : 1900 }
                year = numericYear
                month = (yearFirst ? parts[1] : parts[0]) - 1
                day = yearFirst ? parts[2] : parts[1]
                guard let month, let day, (0...11).contains(month), (1...31).contains(day) else { return .nan }
                continue
            }
            if let index = monthNames.firstIndex(where: { word.lowercased().hasPrefix($0.lowercased()) }) {
                month = index
            } else if word.contains(":"), word.split(separator: ":").count >= 2 {
                let parts = word.split(separator: ":").compactMap { Int($0) }
                guard parts.count >= 2 else { return .nan }
                clock = [parts[0], parts[1], parts.count > 2 ? parts[2] : 0]
            } else if word.hasPrefix("GMT") || word.hasPrefix("UTC") || word.hasPrefix("+") || word.hasPrefix("-") {
                let zone = word.drop { $0.isLetter }
                if let sign = zone.first, let value = Int(zone.dropFirst()) {
                    let minutes = (value / 100) * 60 + value % 100
                    offset = (sign == "-" ? -1 : 1) * minutes * 60_000
                }
            } else if let number = Int(word) {
                if day == nil, number <= 31, year == nil || month != nil { day = number } else { year = number }
            }
        }
        guard let day, let month, let year else { return .nan }
        let time = days(year: Double(year), month: Double(month), day: Double(day)) * msPerDay
            + Double(clock[0] * 3_600_000 + clock[1] * 60_000 + clock[2] * 1000 - offset)
        return timeClip(time)
    }
}
