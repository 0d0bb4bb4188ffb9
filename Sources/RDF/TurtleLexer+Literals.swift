/// The Turtle lexer's IRI, string, language tag and number tokens. Like every lexing method, each
/// returns nil when the buffer ends inside the token (the driver refills and lexes it again).
extension TurtleLexer {
    // MARK: IRIs

    mutating func lexIRI() throws -> TurtleToken? {
        var i = tokenStart + 1
        valueStart = i
        var runStart = i
        escaped = false
        while true {
            while cls[Int(buf[i])] & TurtleByteClass.iri != 0 { i += 1 }
            let c = buf[i]
            if i >= filled {
                if atEOF { throw tokenError("unterminated IRI") }
                return nil
            }
            if c == UInt8(ascii: ">") { break }
            if c == 0x5C {
                if !escaped { scratch.removeAll(keepingCapacity: true); escaped = true }
                scratch.append(contentsOf: UnsafeBufferPointer(start: buf + runStart, count: i - runStart))
                guard buf[i + 1] == UInt8(ascii: "u") || buf[i + 1] == UInt8(ascii: "U") else {
                    if starved(i + 1) { return nil }
                    throw error(at: i, "only \\u and \\U escapes are allowed in an IRI")
                }
                guard let (scalar, len) = try unicodeEscape(at: i) else { return nil }
                let v = scalar.value
                if v <= 0x20 || v == 0x3C || v == 0x3E || v == 0x22 || v == 0x7B || v == 0x7D || v == 0x7C
                    || v == 0x5E || v == 0x60 || v == 0x5C
                {
                    throw error(at: i, "escaped character U+\(String(v, radix: 16, uppercase: true)) is not allowed in an IRI")
                }
                appendUTF8(scalar)
                i += len
                runStart = i
                continue
            }
            if c == 0x20 { throw error(at: i, "space in an IRI") }
            throw error(at: i, "character \(Self.describe(c)) is not allowed in an IRI")
        }
        valueEnd = i
        if escaped {
            scratch.append(contentsOf: UnsafeBufferPointer(start: buf + runStart, count: i - runStart))
        }
        pos = i + 1
        return .iri
    }

    static func describe(_ c: UInt8) -> String {
        c < 0x20 || c == 0x7F ? "U+" + String(c, radix: 16, uppercase: true) : "'\(Character(Unicode.Scalar(c)))'"
    }

    /// Decodes `\uXXXX` / `\UXXXXXXXX` at the backslash `i`; nil when the buffer ends inside it.
    func unicodeEscape(at i: Int) throws -> (Unicode.Scalar, Int)? {
        let digits = buf[i + 1] == UInt8(ascii: "u") ? 4 : 8
        var v: UInt32 = 0
        for k in 0..<digits {
            let j = i + 2 + k
            if starved(j) { return nil }
            guard j < filled, let d = hexValue(buf[j]) else {
                throw error(at: i, "bad hex digit in \\\(digits == 4 ? "u" : "U") escape")
            }
            v = v << 4 | d
        }
        guard let s = Unicode.Scalar(v) else {
            throw error(at: i, "escape \\u\(String(v, radix: 16, uppercase: true)) is not a Unicode scalar value")
        }
        return (s, 2 + digits)
    }

    mutating func appendUTF8(_ s: Unicode.Scalar) {
        UTF8.encode(s) { scratch.append($0) }
    }

    // MARK: strings

    mutating func lexString(quote q: UInt8) throws -> TurtleToken? {
        var i = tokenStart + 1
        var long = false
        if buf[i] == q {
            if buf[i + 1] == q {
                long = true
                i += 2
            } else if starved(i + 1) {
                return nil
            } else {
                // The empty string.
                valueStart = i; valueEnd = i; escaped = false
                pos = i + 1
                return .string
            }
        } else if starved(i) {
            return nil
        }
        valueStart = i
        var runStart = i
        escaped = false
        while true {
            while cls[Int(buf[i])] & TurtleByteClass.stringPlain != 0 { i += 1 }
            if i >= filled {
                if atEOF { throw tokenError("unterminated string literal") }
                return nil
            }
            let c = buf[i]
            if c == q {
                if !long { break }
                if buf[i + 1] == q && buf[i + 2] == q { break }
                if starved(i + 1) || (buf[i + 1] == q && starved(i + 2)) { return nil }
                i += 1
                continue
            }
            if c == 0x5C {
                if !escaped { scratch.removeAll(keepingCapacity: true); escaped = true }
                scratch.append(contentsOf: UnsafeBufferPointer(start: buf + runStart, count: i - runStart))
                if starved(i + 1) { return nil }
                let e = buf[i + 1]
                var len = 2
                switch e {
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "\""), UInt8(ascii: "'"), 0x5C: scratch.append(e)
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    guard let (scalar, n) = try unicodeEscape(at: i) else { return nil }
                    appendUTF8(scalar)
                    len = n
                default:
                    throw error(at: i, "unknown escape sequence '\\\(Self.describe(e).filter { $0 != "'" })' in a string")
                }
                i += len
                runStart = i
                continue
            }
            if c == 0x0A || c == 0x0D {
                guard long else {
                    throw error(at: i, "line break in a single-quoted string (use \"\"\" for multi-line text)")
                }
                i += 1
                if c == 0x0A { line += 1; lineStart = bufferOffset + i }
                continue
            }
            i += 1  // the other quote character, or a NUL byte
        }
        valueEnd = i
        if escaped {
            scratch.append(contentsOf: UnsafeBufferPointer(start: buf + runStart, count: i - runStart))
        }
        pos = long ? i + 3 : i + 1
        return .string
    }

    // MARK: @-words, numbers

    mutating func lexAt() throws -> TurtleToken? {
        var j = tokenStart + 1
        valueStart = j
        while cls[Int(buf[j])] & TurtleByteClass.alnum != 0 && buf[j] > 0x39 { j += 1 }
        if starved(j) { return nil }
        guard j > valueStart else { throw tokenError("expected a language tag or a directive after '@'") }
        let primaryEnd = j
        while buf[j] == UInt8(ascii: "-") {
            let sub = j + 1
            j = sub
            while cls[Int(buf[j])] & TurtleByteClass.alnum != 0 { j += 1 }
            if starved(j) { return nil }
            guard j > sub else { throw error(at: sub - 1, "empty subtag in a language tag") }
        }
        if starved(j) { return nil }
        valueEnd = j
        pos = j
        if primaryEnd == j {
            let len = j - valueStart
            if matches(at: valueStart, length: len, "prefix", caseInsensitive: false) { return .atPrefix }
            if matches(at: valueStart, length: len, "base", caseInsensitive: false) { return .atBase }
        }
        return .langTag
    }

    mutating func lexNumber() throws -> TurtleToken? {
        var j = tokenStart
        valueStart = j
        if buf[j] == UInt8(ascii: "+") || buf[j] == UInt8(ascii: "-") { j += 1 }
        let digit = TurtleByteClass.digit
        let intStart = j
        while cls[Int(buf[j])] & digit != 0 { j += 1 }
        if starved(j) { return nil }
        var kind = TurtleToken.integer
        let hasIntDigits = j > intStart
        if buf[j] == UInt8(ascii: ".") {
            if starved(j + 1) { return nil }
            if cls[Int(buf[j + 1])] & digit != 0 {
                j += 1
                while cls[Int(buf[j])] & digit != 0 { j += 1 }
                if starved(j) { return nil }
                kind = .decimal
            } else if hasIntDigits {
                // "1.e5" is a double; "1." is an integer followed by the end of the statement.
                switch exponent(at: j + 1) {
                case .starved: return nil
                case .found(let end): j = end; kind = .double
                case .none: break
                }
            }
        }
        guard hasIntDigits || kind == .decimal else { throw tokenError("expected a number") }
        if kind != .double {
            switch exponent(at: j) {
            case .starved: return nil
            case .found(let end): j = end; kind = .double
            case .none: break
            }
        }
        valueEnd = j
        pos = j
        return kind
    }

    enum Exponent { case found(Int), none, starved }

    /// `[eE][+-]?[0-9]+` at `start`.
    func exponent(at start: Int) -> Exponent {
        var j = start
        guard (buf[j] | 0x20) == UInt8(ascii: "e") else { return starved(j) ? .starved : .none }
        j += 1
        if buf[j] == UInt8(ascii: "+") || buf[j] == UInt8(ascii: "-") { j += 1 }
        let d = j
        while cls[Int(buf[j])] & TurtleByteClass.digit != 0 { j += 1 }
        if starved(j) { return .starved }
        return j > d ? .found(j) : .none
    }
}
