/// The Turtle 1.1 tokenizer over a refillable byte buffer.
///
/// The buffer always ends with a 0 sentinel at `filled`, so the inner scanning loops are table lookups
/// without bounds checks: every loop stops at the sentinel, and only then asks whether it met the end
/// of the data or a real NUL byte. When a token runs into the end of the buffer before the end of the
/// input, `lex` returns nil and the driver refills the buffer and lexes the token again from its start;
/// so tokens may span chunk boundaries at no cost to the common case.

enum TurtleToken: UInt8 {
    case iri, pnameNS, pnameLN, blankLabel, string, langTag
    case integer, decimal, double, trueLiteral, falseLiteral
    case a, atPrefix, atBase, sparqlPrefix, sparqlBase
    case dot, comma, semicolon, openBracket, closeBracket, anon, openParen, closeParen, datatypeMarker
    case eof
}

/// One bit per question the inner loops ask about a byte.
enum TurtleByteClass {
    /// Allowed unescaped inside `<...>`: everything above space except `<>"{}|^` and backquote and backslash.
    static let iri: UInt8 = 1
    /// ASCII PN_CHARS: letters, digits, `_` and `-`.
    static let name: UInt8 = 2
    /// Needs no attention inside a quoted string: not a quote, backslash, line break or NUL.
    static let stringPlain: UInt8 = 4
    static let space: UInt8 = 8
    static let digit: UInt8 = 16
    /// ASCII bytes a local name may hold without a second look: PN_CHARS, `:` and `.`.
    static let localFast: UInt8 = 32
    /// Letters and digits (language subtags).
    static let alnum: UInt8 = 64

    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for c in 0..<256 {
            var bits: UInt8 = 0
            let b = UInt8(c)
            let letter = (b | 0x20) >= 97 && (b | 0x20) <= 122
            let digit = b >= 48 && b <= 57
            if b > 0x20 && !"<>\"{}|^`\\".utf8.contains(b) { bits |= iri }
            if letter || digit || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") { bits |= name | localFast }
            if b == UInt8(ascii: ":") || b == UInt8(ascii: ".") { bits |= localFast }
            if b != 0 && b != 0x22 && b != 0x27 && b != 0x5C && b != 0x0A && b != 0x0D { bits |= stringPlain }
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { bits |= space }
            if digit { bits |= TurtleByteClass.digit }
            if letter || digit { bits |= alnum }
            t[c] = bits
        }
        return UnsafePointer(t)
    }()
}

/// Signals "the token is not complete in the buffer yet"; never escapes the reader.
struct NeedMoreInput: Error {}

struct TurtleLexer {
    let sourceName: String
    let maxTokenBytes: Int
    let cls: UnsafePointer<UInt8> = TurtleByteClass.table

    // The buffer: bytes [0, filled) are data, buf[filled] == 0.
    var buf: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var filled = 0
    var atEOF = false
    /// Absolute offset in the input of buf[0].
    var bufferOffset = 0
    let chunk: Int

    var pos = 0
    var line = 1
    /// Absolute offset of the first byte of the current line.
    var lineStart = 0

    // The last token.
    var tokenStart = 0
    var tokenLine = 1
    var tokenLineStart = 0
    /// Raw value range in the buffer (IRI without brackets, string content, label, tag, number, name).
    var valueStart = 0
    var valueEnd = 0
    /// For prefixed names: index of the ':'.
    var colon = 0
    /// True when the value was decoded into `scratch` (escapes in an IRI, string or local name).
    var escaped = false
    var scratch: [UInt8] = []
    /// The buffer ended inside a comment: keep skipping it after the refill (a comment is not a token,
    /// so its length is not capped).
    var inComment = false
    var checkedByteOrderMark = false

    init(sourceName: String, maxTokenBytes: Int, chunk: Int = 256 << 10) {
        self.sourceName = sourceName
        self.maxTokenBytes = maxTokenBytes
        self.chunk = chunk
        capacity = chunk
        buf = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 8)
        buf[0] = 0
        scratch.reserveCapacity(256)
    }

    func deallocate() { buf.deallocate() }

    // MARK: errors

    func error(at index: Int, _ message: String) -> RDFSyntaxError {
        RDFSyntaxError(source: sourceName, line: line, column: bufferOffset + index - lineStart + 1, message: message)
    }

    func tokenError(_ message: String) -> RDFSyntaxError {
        RDFSyntaxError(source: sourceName, line: tokenLine, column: bufferOffset + tokenStart - tokenLineStart + 1,
                       message: message)
    }

    // MARK: buffer

    /// Keeps the unfinished token, reads the next chunk behind it.
    mutating func refill(from source: ByteSource) throws {
        let keep = filled - tokenStart
        if keep > maxTokenBytes {
            throw tokenError("token longer than \(maxTokenBytes) bytes")
        }
        if tokenStart > 0 {
            buf.update(from: buf + tokenStart, count: keep)
            bufferOffset += tokenStart
            pos -= tokenStart
            tokenStart = 0
            filled = keep
        }
        if capacity - filled < chunk / 2 {
            let newCapacity = max(capacity * 2, filled + chunk)
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + 8)
            bigger.update(from: buf, count: filled)
            buf.deallocate()
            buf = bigger
            capacity = newCapacity
        }
        let n = try source.read(into: UnsafeMutableRawBufferPointer(start: buf + filled, count: capacity - filled))
        if n == 0 { atEOF = true }
        filled += n
        buf[filled] = 0
    }

    /// True when index `i` is past the data but more data may come.
    @inline(__always) func starved(_ i: Int) -> Bool { i >= filled && !atEOF }

    // MARK: tokens

    /// The next token, or nil when the buffer ends inside it (refill and call again).
    mutating func lex() throws -> TurtleToken? {
        if !checkedByteOrderMark {
            // A UTF-8 byte order mark is not part of the document.
            if filled < 3 && !atEOF { tokenStart = pos; return nil }
            if filled >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF && bufferOffset == 0 {
                pos = 3
                lineStart = 3
            }
            checkedByteOrderMark = true
        }
        // White space and comments.
        var i = pos
        if inComment {
            while buf[i] != 0x0A && buf[i] != 0x0D && i < filled { i += 1 }
            if starved(i) { pos = i; tokenStart = i; return nil }
            inComment = false
        }
        while true {
            let c = buf[i]
            if cls[Int(c)] & TurtleByteClass.space != 0 {
                i += 1
                if c == 0x0A { line += 1; lineStart = bufferOffset + i }
                continue
            }
            if c == UInt8(ascii: "#") {
                var j = i + 1
                while buf[j] != 0x0A && buf[j] != 0x0D && j < filled { j += 1 }
                if starved(j) { inComment = true; pos = j; tokenStart = j; return nil }
                i = j
                continue
            }
            break
        }
        pos = i
        tokenStart = i
        tokenLine = line
        tokenLineStart = lineStart
        if i >= filled {
            if atEOF { return .eof }
            return nil
        }
        let c = buf[i]
        let tok: TurtleToken?
        switch c {
        case UInt8(ascii: "<"): tok = try lexIRI()
        case UInt8(ascii: "\""), UInt8(ascii: "'"): tok = try lexString(quote: c)
        case UInt8(ascii: "_"):
            tok = try lexBlankLabel()
        case UInt8(ascii: "."):
            if cls[Int(buf[i + 1])] & TurtleByteClass.digit != 0 { tok = try lexNumber() }
            else if starved(i + 1) { tok = nil }
            else { pos = i + 1; tok = .dot }
        case UInt8(ascii: ";"): pos = i + 1; tok = .semicolon
        case UInt8(ascii: ","): pos = i + 1; tok = .comma
        case UInt8(ascii: "("): pos = i + 1; tok = .openParen
        case UInt8(ascii: ")"): pos = i + 1; tok = .closeParen
        case UInt8(ascii: "]"): pos = i + 1; tok = .closeBracket
        case UInt8(ascii: "["): tok = lexBracket()
        case UInt8(ascii: "^"):
            if buf[i + 1] == UInt8(ascii: "^") { pos = i + 2; tok = .datatypeMarker }
            else if starved(i + 1) { tok = nil }
            else { throw error(at: i, "expected '^^' before a datatype") }
        case UInt8(ascii: "@"): tok = try lexAt()
        case UInt8(ascii: "+"), UInt8(ascii: "-"), 48...57: tok = try lexNumber()
        case UInt8(ascii: ":"): tok = try lexPrefixedName(prefixEnd: i)
        default: tok = try lexWord()
        }
        if tok == nil {
            // Restart this token after the refill, with the line count it started with.
            pos = tokenStart
            line = tokenLine
            lineStart = tokenLineStart
        }
        return tok
    }

    private mutating func lexBracket() -> TurtleToken? {
        // ANON is '[' WS* ']'; comments inside count as white space too.
        var j = tokenStart + 1
        var l = line, ls = lineStart
        while true {
            let c = buf[j]
            if cls[Int(c)] & TurtleByteClass.space != 0 {
                j += 1
                if c == 0x0A { l += 1; ls = bufferOffset + j }
            } else if c == UInt8(ascii: "#") {
                j += 1
                while buf[j] != 0x0A && buf[j] != 0x0D && j < filled { j += 1 }
            } else { break }
        }
        if starved(j) { return nil }
        if buf[j] == UInt8(ascii: "]") {
            line = l; lineStart = ls
            pos = j + 1
            return .anon
        }
        pos = tokenStart + 1
        return .openBracket
    }

    // MARK: IRIs

    private mutating func lexIRI() throws -> TurtleToken? {
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
    private func unicodeEscape(at i: Int) throws -> (Unicode.Scalar, Int)? {
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

    private mutating func appendUTF8(_ s: Unicode.Scalar) {
        UTF8.encode(s) { scratch.append($0) }
    }

    // MARK: strings

    private mutating func lexString(quote q: UInt8) throws -> TurtleToken? {
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

    // MARK: names

    private mutating func lexBlankLabel() throws -> TurtleToken? {
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
    private func scanNameTail(from start: Int) throws -> Int? {
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
    private func scalar(at i: Int) throws -> (Unicode.Scalar, Int)? {
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
    private mutating func lexWord() throws -> TurtleToken? {
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
    private mutating func lexPrefixedName(prefixEnd: Int) throws -> TurtleToken? {
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

    private func matches(at i: Int, length len: Int, _ w: StaticString, caseInsensitive: Bool) -> Bool {
        guard w.utf8CodeUnitCount == len else { return false }
        let p = w.utf8Start
        for k in 0..<len {
            let a = buf[i + k], b = p[k]
            if caseInsensitive ? (a | 0x20) != (b | 0x20) : a != b { return false }
        }
        return true
    }

    // MARK: @-words, numbers

    private mutating func lexAt() throws -> TurtleToken? {
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

    private mutating func lexNumber() throws -> TurtleToken? {
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

    private enum Exponent { case found(Int), none, starved }

    /// `[eE][+-]?[0-9]+` at `start`.
    private func exponent(at start: Int) -> Exponent {
        var j = start
        guard (buf[j] | 0x20) == UInt8(ascii: "e") else { return starved(j) ? .starved : .none }
        j += 1
        if buf[j] == UInt8(ascii: "+") || buf[j] == UInt8(ascii: "-") { j += 1 }
        let d = j
        while cls[Int(buf[j])] & TurtleByteClass.digit != 0 { j += 1 }
        if starved(j) { return .starved }
        return j > d ? .found(j) : .none
    }

    // MARK: token values

    @inline(__always) var rawValue: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: buf + valueStart, count: valueEnd - valueStart)
    }

    /// The decoded value of an IRI or string token.
    mutating func valueString() -> String {
        escaped ? String(decoding: scratch, as: UTF8.self) : String(decoding: rawValue, as: UTF8.self)
    }
}
