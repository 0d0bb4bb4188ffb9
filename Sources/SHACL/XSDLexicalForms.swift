import RDF

/// Lexical-space checks for the XSD datatypes shapes commonly require, so sh:datatype can reject an
/// ill-formed literal such as `"2011-01-01"^^xsd:dateTime` or `"300"^^xsd:byte`. Datatypes not
/// listed are taken as well-formed. Checks work on UTF-8 bytes.
enum XSDLexicalForms {
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    /// Inclusive bounds of the integer types derived from xsd:integer, as decimal strings (compared
    /// digit-wise, so no fixed-width integer limits the check).
    static let integerBounds: [String: (min: String?, max: String?)] = [
        "integer": (nil, nil),
        "nonNegativeInteger": ("0", nil), "positiveInteger": ("1", nil),
        "nonPositiveInteger": (nil, "0"), "negativeInteger": (nil, "-1"),
        "long": ("-9223372036854775808", "9223372036854775807"), "int": ("-2147483648", "2147483647"),
        "short": ("-32768", "32767"), "byte": ("-128", "127"),
        "unsignedLong": ("0", "18446744073709551615"), "unsignedInt": ("0", "4294967295"),
        "unsignedShort": ("0", "65535"), "unsignedByte": ("0", "255"),
    ]

    static func isWellFormed(_ literal: Literal) -> Bool {
        let dt = literal.datatype.value
        if dt == RDFVocab.langString.value { return literal.language != nil }
        guard dt.hasPrefix(xsd) else { return true }
        let local = dt.dropFirst(xsd.utf8.count)
        let b = Array(literal.lexical.utf8)
        switch local {
        case "string", "anyURI", "normalizedString", "token", "language", "Name", "NCName", "NMTOKEN",
             "hexBinary", "base64Binary":
            return literal.language == nil
        case "boolean": return b == Array("true".utf8) || b == Array("false".utf8) || b == [0x31] || b == [0x30]
        case "decimal": return isDecimal(b)
        case "float", "double": return isFloatingPoint(b)
        case "dateTime": return isDateTime(b, requireZone: false)
        case "dateTimeStamp": return isDateTime(b, requireZone: true)
        case "date": return isDate(b)
        case "time": return isTime(b[...])
        case "gYear": return isYear(b[...])
        case "gYearMonth": return isYearMonth(b)
        case "gMonth": return isGMonth(b)
        case "gDay": return isGDay(b)
        case "gMonthDay": return isGMonthDay(b)
        case "duration": return isDuration(b)
        default:
            if let bounds = integerBounds[String(local)] {
                guard let v = IntegerText(b) else { return false }
                if let lo = bounds.min.flatMap({ IntegerText(Array($0.utf8)) }), v < lo { return false }
                if let hi = bounds.max.flatMap({ IntegerText(Array($0.utf8)) }), hi < v { return false }
                return true
            }
            return true
        }
    }

    // MARK: numbers

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    static func isDecimal(_ b: [UInt8]) -> Bool {
        var i = 0
        if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
        var digits = 0
        while i < b.count, isDigit(b[i]) { i += 1; digits += 1 }
        if i < b.count, b[i] == 0x2E {
            i += 1
            while i < b.count, isDigit(b[i]) { i += 1; digits += 1 }
        }
        return digits > 0 && i == b.count
    }

    static func isFloatingPoint(_ b: [UInt8]) -> Bool {
        let s = String(decoding: b, as: UTF8.self)
        if s == "INF" || s == "-INF" || s == "+INF" || s == "NaN" { return true }
        var mantissa = b[...], exponent: ArraySlice<UInt8>? = nil
        if let e = b.firstIndex(where: { $0 == 0x45 || $0 == 0x65 }) {
            mantissa = b[..<e]
            exponent = b[(e + 1)...]
        }
        guard isDecimal(Array(mantissa)) else { return false }
        if let exponent { return IntegerText(Array(exponent)) != nil }
        return true
    }

    // MARK: dates and times

    /// Parses `n` digits at `i`; returns the value.
    static func digits(_ b: ArraySlice<UInt8>, _ i: inout Int, _ n: Int) -> Int? {
        guard b.endIndex - i >= n else { return nil }
        var v = 0
        for k in i..<(i + n) {
            guard isDigit(b[k]) else { return nil }
            v = v * 10 + Int(b[k] - 0x30)
        }
        i += n
        return v
    }

    /// An optional timezone: `Z` or `±hh:mm` (at most 14:00), to the end of the slice.
    static func isZone(_ b: ArraySlice<UInt8>, from start: Int, required: Bool = false) -> Bool {
        var i = start
        if i == b.endIndex { return !required }
        if b[i] == 0x5A { return i + 1 == b.endIndex }
        guard b[i] == 0x2B || b[i] == 0x2D else { return false }
        i += 1
        guard let h = digits(b, &i, 2), i < b.endIndex, b[i] == 0x3A else { return false }
        i += 1
        guard let m = digits(b, &i, 2), i == b.endIndex else { return false }
        return m < 60 && (h < 14 || (h == 14 && m == 0))
    }

    /// Year (at least four digits, optional minus, no leading zero beyond four digits); on success
    /// `i` points past it.
    static func year(_ b: ArraySlice<UInt8>, _ i: inout Int) -> Bool {
        if i < b.endIndex, b[i] == 0x2D { i += 1 }
        let start = i
        while i < b.endIndex, isDigit(b[i]) { i += 1 }
        let n = i - start
        if n < 4 { return false }
        if n > 4, b[start] == 0x30 { return false }
        return true
    }

    static func daysIn(month: Int) -> Int { [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] }

    static func isYear(_ b: ArraySlice<UInt8>) -> Bool {
        var i = b.startIndex
        guard year(b, &i) else { return false }
        return isZone(b, from: i)
    }

    static func isYearMonth(_ b: [UInt8]) -> Bool {
        let s = b[...]
        var i = 0
        guard year(s, &i), i < s.endIndex, s[i] == 0x2D else { return false }
        i += 1
        guard let m = digits(s, &i, 2), (1...12).contains(m) else { return false }
        return isZone(s, from: i)
    }

    /// `YYYY-MM-DD` from the start of `b`; `i` ends past it.
    static func datePart(_ b: ArraySlice<UInt8>, _ i: inout Int) -> Bool {
        guard year(b, &i), i < b.endIndex, b[i] == 0x2D else { return false }
        i += 1
        guard let m = digits(b, &i, 2), (1...12).contains(m), i < b.endIndex, b[i] == 0x2D else { return false }
        i += 1
        guard let d = digits(b, &i, 2), d >= 1, d <= daysIn(month: m) else { return false }
        return true
    }

    static func isDate(_ b: [UInt8]) -> Bool {
        let s = b[...]
        var i = 0
        return datePart(s, &i) && isZone(s, from: i)
    }

    /// `hh:mm:ss(.s+)?` then an optional zone; 24:00:00 allowed.
    static func isTime(_ b: ArraySlice<UInt8>, requireZone: Bool = false) -> Bool {
        var i = b.startIndex
        guard let h = digits(b, &i, 2), i < b.endIndex, b[i] == 0x3A else { return false }
        i += 1
        guard let m = digits(b, &i, 2), i < b.endIndex, b[i] == 0x3A else { return false }
        i += 1
        guard let sec = digits(b, &i, 2) else { return false }
        var fractionNonZero = false
        if i < b.endIndex, b[i] == 0x2E {
            i += 1
            let start = i
            while i < b.endIndex, isDigit(b[i]) { if b[i] != 0x30 { fractionNonZero = true }; i += 1 }
            if i == start { return false }
        }
        guard m < 60, sec < 60 else { return false }
        if h == 24 { if m != 0 || sec != 0 || fractionNonZero { return false } } else if h > 23 { return false }
        return isZone(b, from: i, required: requireZone)
    }

    static func isDateTime(_ b: [UInt8], requireZone: Bool) -> Bool {
        let s = b[...]
        var i = 0
        guard datePart(s, &i), i < s.endIndex, s[i] == 0x54 else { return false }
        return isTime(s[(i + 1)...], requireZone: requireZone)
    }

    static func isGMonth(_ b: [UInt8]) -> Bool {
        let s = b[...]
        guard s.count >= 4, s[0] == 0x2D, s[1] == 0x2D else { return false }
        var i = 2
        guard let m = digits(s, &i, 2), (1...12).contains(m) else { return false }
        return isZone(s, from: i)
    }

    static func isGDay(_ b: [UInt8]) -> Bool {
        let s = b[...]
        guard s.count >= 5, s[0] == 0x2D, s[1] == 0x2D, s[2] == 0x2D else { return false }
        var i = 3
        guard let d = digits(s, &i, 2), (1...31).contains(d) else { return false }
        return isZone(s, from: i)
    }

    static func isGMonthDay(_ b: [UInt8]) -> Bool {
        let s = b[...]
        guard s.count >= 7, s[0] == 0x2D, s[1] == 0x2D else { return false }
        var i = 2
        guard let m = digits(s, &i, 2), (1...12).contains(m), i < s.endIndex, s[i] == 0x2D else { return false }
        i += 1
        guard let d = digits(s, &i, 2), d >= 1, d <= daysIn(month: m) else { return false }
        return isZone(s, from: i)
    }

    /// `-?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.n)?S)?)?` with at least one part, and no empty `T`.
    static func isDuration(_ b: [UInt8]) -> Bool {
        var i = 0
        if i < b.count, b[i] == 0x2D { i += 1 }
        guard i < b.count, b[i] == 0x50 else { return false }
        i += 1
        var parts = 0, inTime = false, timeParts = 0
        var allowed: [UInt8] = [0x59, 0x4D, 0x44] // Y M D
        while i < b.count {
            if b[i] == 0x54 {
                guard !inTime else { return false }
                inTime = true
                allowed = [0x48, 0x4D, 0x53] // H M S
                i += 1
                continue
            }
            let start = i
            while i < b.count, isDigit(b[i]) { i += 1 }
            var fraction = false
            if i < b.count, b[i] == 0x2E {
                fraction = true
                i += 1
                let fs = i
                while i < b.count, isDigit(b[i]) { i += 1 }
                if i == fs { return false }
            }
            guard i > start, i < b.count, let k = allowed.firstIndex(of: b[i]) else { return false }
            if fraction && !(inTime && b[i] == 0x53) { return false }
            allowed.removeFirst(k + 1)
            parts += 1
            if inTime { timeParts += 1 }
            i += 1
        }
        return parts > 0 && (!inTime || timeParts > 0)
    }
}

/// An integer literal as sign and significant digits: ordered without any width limit.
struct IntegerText: Comparable {
    let negative: Bool
    let digits: [UInt8]

    init?(_ b: [UInt8]) {
        var i = 0, negative = false
        if i < b.count, b[i] == 0x2B || b[i] == 0x2D { negative = b[i] == 0x2D; i += 1 }
        guard i < b.count else { return nil }
        var d: [UInt8] = []
        for k in i..<b.count {
            guard XSDLexicalForms.isDigit(b[k]) else { return nil }
            if d.isEmpty && b[k] == 0x30 { continue }
            d.append(b[k])
        }
        self.negative = negative && !d.isEmpty
        self.digits = d
    }

    static func < (a: IntegerText, b: IntegerText) -> Bool {
        if a.negative != b.negative { return a.negative }
        let magnitudeLess = a.digits.count != b.digits.count ? a.digits.count < b.digits.count
            : a.digits.lexicographicallyPrecedes(b.digits)
        let equal = a.digits == b.digits
        return a.negative ? (!magnitudeLess && !equal) : magnitudeLess
    }
}
