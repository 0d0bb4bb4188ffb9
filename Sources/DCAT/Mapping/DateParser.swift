/// Parses the dates feeds actually contain: every XSD temporal form and common plain-string spellings
/// (`15-03-2024`, `2024/03/15`, `20240315`, `2024-03-15 10:00`). Works on bytes; no Foundation formatters.
enum DateParser {
    static func parse(_ raw: String) -> DateValue? {
        // Nearly every feed writes canonical xsd:date and xsd:dateTime values: those are the answer as they are.
        var raw = raw
        let canonical = raw.withUTF8 { canonicalPrecision($0) }
        if let canonical { return DateValue(value: raw, precision: canonical) }
        return parseAnyForm(raw)
    }

    /// Every form `parse` accepts, rebuilt from its parts.
    static func parseAnyForm(_ raw: String) -> DateValue? {
        let s = Array(raw.utf8.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }.reversed()
            .drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }.reversed())
        guard !s.isEmpty else { return nil }
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= s.count else { return nil }
            var v = 0
            for k in 0..<n {
                let b = s[i + k]
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            i += n
            return v
        }
        func digitRun() -> (Int, Int)? {  // value, length
            let start = i
            var v = 0
            while i < s.count, s[i] >= 0x30 && s[i] <= 0x39, i - start < 4 { v = v * 10 + Int(s[i] - 0x30); i += 1 }
            return i > start ? (v, i - start) : nil
        }
        func at(_ b: UInt8) -> Bool { i < s.count && s[i] == b }

        var year = 0, month = 0, day = 0
        guard let (first, firstLen) = digitRun() else { return nil }
        if firstLen == 4 {
            year = first
            if i == s.count { return DateValue(value: pad(year, 4), precision: .year) }
            if s[i] >= 0x30 && s[i] <= 0x39 {
                // YYYYMMDD
                guard let m = digits(2), let d = digits(2) else { return nil }
                month = m; day = d
            } else {
                guard at(0x2D) || at(0x2F) || at(0x2E) else { return nil }
                let sep = s[i]; i += 1
                guard let m = digitRun(), m.1 <= 2 else { return nil }
                month = m.0
                if i == s.count {
                    guard valid(year, month, 1) else { return nil }
                    return DateValue(value: pad(year, 4) + "-" + pad(month, 2), precision: .yearMonth)
                }
                if at(0x5A) || at(0x2B) {  // gYearMonth with a time zone
                    guard valid(year, month, 1), let tz = zone(s, &i), i == s.count else { return nil }
                    return DateValue(value: pad(year, 4) + "-" + pad(month, 2) + tz, precision: .yearMonth)
                }
                guard at(sep) else { return nil }
                i += 1
                guard let d = digitRun(), d.1 <= 2 else { return nil }
                day = d.0
            }
        } else if firstLen <= 2 {
            // D-M-YYYY or D/M/YYYY or D.M.YYYY
            day = first
            guard at(0x2D) || at(0x2F) || at(0x2E) else { return nil }
            let sep = s[i]; i += 1
            guard let m = digitRun(), m.1 <= 2, at(sep) else { return nil }
            month = m.0; i += 1
            guard let y = digits(4) else { return nil }
            year = y
        } else {
            return nil
        }
        guard valid(year, month, day) else { return nil }
        let date = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        if i == s.count { return DateValue(value: date, precision: .date) }
        if at(0x5A) || at(0x2B) || (at(0x2D) && i + 1 < s.count && s[i + 1] >= 0x30 && s[i + 1] <= 0x39 && s.count - i == 6) {
            guard let tz = zone(s, &i), i == s.count else { return nil }
            return DateValue(value: date + tz, precision: .date)
        }
        guard at(0x54) || at(0x20) || at(0x74) else { return nil }
        i += 1
        guard let hh = digits(2), at(0x3A) else { return nil }
        i += 1
        guard let mm = digits(2) else { return nil }
        var ss = 0
        var fraction = ""
        if at(0x3A) {
            i += 1
            guard let sec = digits(2) else { return nil }
            ss = sec
            if at(0x2E) || at(0x2C) {
                i += 1
                let start = i
                while i < s.count, s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }
                guard i > start else { return nil }
                fraction = "." + String(decoding: s[start..<i], as: UTF8.self)
            }
        }
        guard hh <= 24, mm <= 59, ss <= 60, hh < 24 || (mm == 0 && ss == 0) else { return nil }
        var tz = ""
        if i < s.count {
            guard let z = zone(s, &i), i == s.count else { return nil }
            tz = z
        }
        return DateValue(value: date + "T" + pad(hh, 2) + ":" + pad(mm, 2) + ":" + pad(ss, 2) + fraction + tz,
                         precision: .dateTime)
    }

    /// The precision of a value already in canonical XSD form (`YYYY-MM-DD`, `YYYY-MM-DDThh:mm:ss` with an
    /// optional fraction and `Z` or `±hh:mm`), which `parse` would rebuild byte for byte; nil for anything
    /// else, which takes the general path.
    static func canonicalPrecision(_ b: UnsafeBufferPointer<UInt8>) -> DateValue.Precision? {
        let n = b.count
        guard n >= 10 else { return nil }
        func digit(_ i: Int) -> Int? { b[i] >= 0x30 && b[i] <= 0x39 ? Int(b[i] - 0x30) : nil }
        func number(_ at: Int, _ width: Int) -> Int? {
            var v = 0
            for k in at..<(at + width) { guard let d = digit(k) else { return nil }; v = v * 10 + d }
            return v
        }
        guard let y = number(0, 4), b[4] == 0x2D, let m = number(5, 2), b[7] == 0x2D, let d = number(8, 2),
              valid(y, m, d) else { return nil }
        if n == 10 { return .date }
        guard n >= 19, b[10] == 0x54, let hh = number(11, 2), b[13] == 0x3A, let mm = number(14, 2), b[16] == 0x3A,
              let ss = number(17, 2), hh <= 24, mm <= 59, ss <= 60, hh < 24 || (mm == 0 && ss == 0) else { return nil }
        var i = 19
        if i < n && b[i] == 0x2E {
            i += 1
            let start = i
            while i < n, digit(i) != nil { i += 1 }
            guard i > start else { return nil }
        }
        if i == n { return .dateTime }
        if b[i] == 0x5A { return i + 1 == n ? .dateTime : nil }
        guard b[i] == 0x2B || b[i] == 0x2D, n - i == 6, let h = number(i + 1, 2), b[i + 3] == 0x3A,
              let zm = number(i + 4, 2), h <= 14, zm <= 59 else { return nil }
        return .dateTime
    }

    /// `Z`, `+hh:mm`, `-hh:mm` (also `+hhmm`).
    static func zone(_ s: [UInt8], _ i: inout Int) -> String? {
        guard i < s.count else { return nil }
        if s[i] == 0x5A { i += 1; return "Z" }
        guard s[i] == 0x2B || s[i] == 0x2D else { return nil }
        let sign = s[i] == 0x2B ? "+" : "-"
        i += 1
        func two() -> Int? {
            guard i + 2 <= s.count, s[i] >= 0x30, s[i] <= 0x39, s[i + 1] >= 0x30, s[i + 1] <= 0x39 else { return nil }
            defer { i += 2 }
            return Int(s[i] - 0x30) * 10 + Int(s[i + 1] - 0x30)
        }
        guard let h = two() else { return nil }
        if i < s.count && s[i] == 0x3A { i += 1 }
        guard let m = two(), h <= 14, m <= 59 else { return nil }
        return sign + pad(h, 2) + ":" + pad(m, 2)
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        guard y >= 1 && y <= 9999, m >= 1 && m <= 12, d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
