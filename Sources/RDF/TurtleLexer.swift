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

    // MARK: token values

    @inline(__always) var rawValue: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: buf + valueStart, count: valueEnd - valueStart)
    }

    /// The decoded value of an IRI or string token.
    mutating func valueString() -> String {
        escaped ? String(decoding: scratch, as: UTF8.self) : String(decoding: rawValue, as: UTF8.self)
    }
}
