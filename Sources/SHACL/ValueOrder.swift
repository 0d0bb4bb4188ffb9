import Foundation
import RDF

/// The order SHACL's range and lessThan components use (SPARQL's `<` over literals): numbers by
/// value across the numeric types, strings by code point, booleans, and date/time values of the same
/// datatype by instant. Anything else (IRIs, mixed kinds, ill-formed literals, a zoned time against
/// an unzoned one) is incomparable, which those components report as a violation.
enum ValueOrder {
    enum Order { case less, equal, greater }

    static func compare(_ a: Term, _ b: Term) -> Order? {
        guard case .literal(let x) = a, case .literal(let y) = b else { return nil }
        guard XSDLexicalForms.isWellFormed(x), XSDLexicalForms.isWellFormed(y) else { return nil }
        if let kx = numericKind(x.datatype), let ky = numericKind(y.datatype) {
            return compareNumbers(x.lexical, kx, y.lexical, ky)
        }
        guard x.datatype == y.datatype else { return nil }
        let local = x.datatype.value.hasPrefix(XSDLexicalForms.xsd) ? String(x.datatype.value.dropFirst(XSDLexicalForms.xsd.count)) : ""
        switch local {
        case "string":
            return order(Array(x.lexical.utf8), Array(y.lexical.utf8))
        case "boolean":
            let bx = x.lexical == "true" || x.lexical == "1", by = y.lexical == "true" || y.lexical == "1"
            return bx == by ? .equal : (!bx ? .less : .greater)
        case "dateTime", "dateTimeStamp", "date", "time", "gYear", "gYearMonth":
            guard let ix = Instant(x.lexical, local), let iy = Instant(y.lexical, local), ix.zoned == iy.zoned else { return nil }
            return ix.seconds == iy.seconds ? .equal : (ix.seconds < iy.seconds ? .less : .greater)
        default:
            return nil
        }
    }

    private static func order<T: Comparable>(_ a: [T], _ b: [T]) -> Order {
        a == b ? .equal : (a.lexicographicallyPrecedes(b) ? .less : .greater)
    }

    private enum NumericKind { case exact, floating }

    private static func numericKind(_ dt: IRI) -> NumericKind? {
        guard dt.value.hasPrefix(XSDLexicalForms.xsd) else { return nil }
        let local = String(dt.value.dropFirst(XSDLexicalForms.xsd.count))
        if local == "decimal" || XSDLexicalForms.integerBounds[local] != nil { return .exact }
        if local == "float" || local == "double" { return .floating }
        return nil
    }

    private static func compareNumbers(_ a: String, _ ka: NumericKind, _ b: String, _ kb: NumericKind) -> Order? {
        if ka == .exact, kb == .exact, let da = Decimal(string: a, locale: Locale(identifier: "en_US_POSIX")),
           let db = Decimal(string: b, locale: Locale(identifier: "en_US_POSIX")) {
            return da == db ? .equal : (da < db ? .less : .greater)
        }
        guard let da = double(a), let db = double(b), !da.isNaN, !db.isNaN else { return nil }
        return da == db ? .equal : (da < db ? .less : .greater)
    }

    private static func double(_ s: String) -> Double? {
        switch s {
        case "INF", "+INF": return .infinity
        case "-INF": return -.infinity
        case "NaN": return .nan
        default: return Double(s)
        }
    }
}

/// A date/time literal as seconds on one time line (UTC when zoned), for ordering only.
private struct Instant {
    let seconds: Decimal
    let zoned: Bool

    init?(_ lexical: String, _ type: String) {
        var b = Array(lexical.utf8)
        var offset = 0
        var zoned = false
        // Split off the zone: trailing Z or ±hh:mm (a date's own '-' separators are never in that place).
        if b.last == 0x5A { zoned = true; b.removeLast() } else if b.count >= 6, b[b.count - 3] == 0x3A,
            b[b.count - 6] == 0x2B || b[b.count - 6] == 0x2D, type != "gYear" || b.count > 6 {
            let h = Int(String(decoding: b[(b.count - 5)..<(b.count - 3)], as: UTF8.self)) ?? 0
            let m = Int(String(decoding: b[(b.count - 2)...], as: UTF8.self)) ?? 0
            offset = (h * 60 + m) * 60 * (b[b.count - 6] == 0x2D ? -1 : 1)
            zoned = true
            b.removeLast(6)
        }
        let text = String(decoding: b, as: UTF8.self)
        var year = 1, month = 1, day = 1, time: Decimal = 0
        var datePart = text, timePart: String? = nil
        switch type {
        case "time": datePart = ""; timePart = text
        case "dateTime", "dateTimeStamp":
            guard let t = text.firstIndex(of: "T") else { return nil }
            datePart = String(text[..<t]); timePart = String(text[text.index(after: t)...])
        default: break
        }
        if !datePart.isEmpty {
            let negative = datePart.hasPrefix("-")
            let fields = (negative ? String(datePart.dropFirst()) : datePart).split(separator: "-").map { Int($0) }
            guard let y = fields.first ?? nil else { return nil }
            year = negative ? -y : y
            if fields.count > 1 { guard let m = fields[1] else { return nil }; month = m }
            if fields.count > 2 { guard let d = fields[2] else { return nil }; day = d }
        }
        if let timePart {
            let f = timePart.split(separator: ":")
            guard f.count == 3, let h = Int(f[0]), let mi = Int(f[1]),
                  let s = Decimal(string: String(f[2]), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
            time = Decimal(h * 3600 + mi * 60) + s
        }
        let days = Instant.daysFromCivil(year, month, day)
        seconds = Decimal(days) * 86400 + time - Decimal(offset)
        self.zoned = zoned
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
