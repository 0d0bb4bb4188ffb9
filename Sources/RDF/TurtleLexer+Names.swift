/// The Turtle lexer's names: blank node labels, keywords and prefixed names (PN_PREFIX, PN_LOCAL with
/// its escapes and %-encodings, and the non-ASCII PN_CHARS ranges).
extension TurtleLexer {
    // MARK: names

    mutating func lexBlankLabel() throws -> TurtleToken? {
        let i = tokenStart
        if buf[i + 1] != UInt8(ascii: ":") {
            if starved(i + 1) { return nil }
            throw tokenError("expected ':' after '_' in a blank node label")
        }
        var j = i + 2
        valueStart = j
        // First character: PN_CHARS_U or a digit.
        let first = buf[j]
        if first >= 0x80 {
            guard let (s, n) = try scalar(at: j) else { return nil }
            guard Self.isPNCharsBase(s.value) else { throw error(at: j, "invalid first character in a blank node label") }
            j += n
        } else if cls[Int(first)] & TurtleByteClass.name != 0 && first != UInt8(ascii: "-") {
            j += 1
        } else {
            if starved(j) { return nil }
            throw error(at: j, "empty or invalid blank node label")
        }
        guard let end = try scanNameTail(from: j) else { return nil }
        valueEnd = end
        pos = end
        return .blankLabel
    }

    /// Scans `(PN_CHARS | '.')*` and backs off trailing dots; returns the end, nil when starved.
    func scanNameTail(from start: Int) throws -> Int? {
        var j = start
        while true {
            while cls[Int(buf[j])] & TurtleByteClass.name != 0 || buf[j] == UInt8(ascii: ".") { j += 1 }
            let c = buf[j]
            if c >= 0x80 {
                guard let (s, n) = try scalar(at: j) else { return nil }
                guard Self.isPNChars(s.value) else { break }
                j += n
                continue
            }
            if starved(j) { return nil }
            break
        }
        while j > start && buf[j - 1] == UInt8(ascii: ".") { j -= 1 }
        return j
    }

    /// Decodes the UTF-8 scalar at `i`; nil when the buffer ends inside it.
    func scalar(at i: Int) throws -> (Unicode.Scalar, Int)? {
        let c = buf[i]
        let n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
        if i + n > filled {
            if !atEOF { return nil }
            throw error(at: i, "truncated UTF-8 sequence")
        }
        guard n > 1 else { throw error(at: i, "invalid UTF-8 byte") }
        var v = UInt32(c) & (0xFF >> UInt32(n + 1))
        for k in 1..<n {
            let b = buf[i + k]
            guard b & 0xC0 == 0x80 else { throw error(at: i, "invalid UTF-8 sequence") }
            v = v << 6 | UInt32(b & 0x3F)
        }
        guard let s = Unicode.Scalar(v) else { throw error(at: i, "invalid UTF-8 sequence") }
        return (s, n)
    }

    static func isPNCharsBase(_ v: UInt32) -> Bool {
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
            0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
            0x10000...0xEFFFF:
            return true
        default: return false
        }
    }

    static func isPNChars(_ v: UInt32) -> Bool {
        if isPNCharsBase(v) { return true }
        switch v {
        case 0x5F, 0x2D, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return false
        }
    }

    /// A bare word: a keyword (`a`, `true`, `false`, `PREFIX`, `BASE`) or the prefix of a prefixed name.
    mutating func lexWord() throws -> TurtleToken? {
        let i = tokenStart
        let c = buf[i]
        if c >= 0x80 {
            guard let (s, _) = try scalar(at: i) else { return nil }
            guard Self.isPNCharsBase(s.value) else { throw tokenError("unexpected character U+\(String(s.value, radix: 16, uppercase: true))") }
        } else if !((c | 0x20) >= 97 && (c | 0x20) <= 122) {
            throw tokenError("unexpected character \(Self.describe(c))")
        }
        guard let end = try scanNameTail(from: i) else { return nil }
        // A prefix may not end with '.'; scanNameTail backed off trailing dots, so ':' must follow directly.
        if buf[end] == UInt8(ascii: ":") { return try lexPrefixedName(prefixEnd: end) }
        if starved(end) { return nil }
        let len = end - i
        pos = end
        func isWord(_ w: StaticString, caseInsensitive: Bool) -> Bool {
            matches(at: i, length: len, w, caseInsensitive: caseInsensitive)
        }
        if len == 1 && c == UInt8(ascii: "a") { return .a }
        if isWord("true", caseInsensitive: false) { return .trueLiteral }
        if isWord("false", caseInsensitive: false) { return .falseLiteral }
        if isWord("prefix", caseInsensitive: true) { return .sparqlPrefix }
        if isWord("base", caseInsensitive: true) { return .sparqlBase }
        let word = String(decoding: UnsafeBufferPointer(start: buf + i, count: len), as: UTF8.self)
        throw tokenError("unexpected word '\(word)' (a prefixed name needs a ':'; keywords are a, true, false, PREFIX, BASE)")
    }

    /// A prefixed name whose ':' is at `prefixEnd`; lexes the local part (PN_LOCAL).
    mutating func lexPrefixedName(prefixEnd: Int) throws -> TurtleToken? {
        colon = prefixEnd
        valueStart = tokenStart
        var j = prefixEnd + 1
        escaped = false
        let localStart = j
        // First character of PN_LOCAL: PN_CHARS_U | ':' | [0-9] | PLX; never '-' or '.'.
        let first = buf[j]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: ".") {
            if first == UInt8(ascii: ".") {
                // "p:." is the name "p:" followed by the end of the statement.
                valueEnd = j; pos = j
                return .pnameNS
            }
            throw error(at: j, "a local name cannot start with '-'")
        }
        while true {
            while cls[Int(buf[j])] & TurtleByteClass.localFast != 0 { j += 1 }
            let c = buf[j]
            if c == UInt8(ascii: "%") {
                if j + 3 > filled {
                    if !atEOF { return nil }
                    throw error(at: j, "'%' in a local name must be followed by two hex digits")
                }
                guard hexValue(buf[j + 1]) != nil, hexValue(buf[j + 2]) != nil else {
                    throw error(at: j, "'%' in a local name must be followed by two hex digits")
                }
                j += 3
                continue
            }
            if c == 0x5C {
                if j + 2 > filled {
                    if !atEOF { return nil }
                    throw error(at: j, "'\\' at the end of the input")
                }
                let e = buf[j + 1]
                guard "_~.-!$&'()*+,;=/?#@%".utf8.contains(e) else {
                    throw error(at: j, "invalid escape '\\\(Self.describe(e).filter { $0 != "'" })' in a local name")
                }
                escaped = true
                j += 2
                continue
            }
            if c >= 0x80 {
                guard let (s, n) = try scalar(at: j) else { return nil }
                let ok = j == localStart ? Self.isPNCharsBase(s.value) : Self.isPNChars(s.value)
                guard ok else { break }
                j += n
                continue
            }
            if starved(j) { return nil }
            break
        }
        // Trailing dots end the statement, not the name (an escaped "\." stays).
        while j > localStart && buf[j - 1] == UInt8(ascii: ".") && !(j - 2 >= localStart && buf[j - 2] == 0x5C) {
            j -= 1
        }
        valueEnd = j
        pos = j
        return j == localStart ? .pnameNS : .pnameLN
    }

    /// The local part with `\` escapes removed (PN_LOCAL_ESC); `%XX` stays as written.
    mutating func decodedLocalName() -> String {
        scratch.removeAll(keepingCapacity: true)
        var j = colon + 1
        while j < valueEnd {
            if buf[j] == 0x5C { j += 1 }
            scratch.append(buf[j])
            j += 1
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    func matches(at i: Int, length len: Int, _ w: StaticString, caseInsensitive: Bool) -> Bool {
        guard w.utf8CodeUnitCount == len else { return false }
        let p = w.utf8Start
        for k in 0..<len {
            let a = buf[i + k], b = p[k]
            if caseInsensitive ? (a | 0x20) != (b | 0x20) : a != b { return false }
        }
        return true
    }
}
