import RDF

/// Limits that keep hostile JSON from exhausting the stack or memory.
public struct JSONLimits: Sendable {
    /// Deepest nesting of arrays and objects accepted.
    public var maxDepth: Int
    /// Longest string (in UTF-8 bytes) accepted.
    public var maxStringBytes: Int

    public init(maxDepth: Int = 512, maxStringBytes: Int = 64 << 20) {
        self.maxDepth = maxDepth
        self.maxStringBytes = maxStringBytes
    }
}

/// A pull parser for JSON (RFC 8259) on raw bytes from a `ByteSource`. It reads chunk by chunk, so the
/// streaming JSON-LD reader can parse one member or one array element at a time without holding the
/// rest of the document. Errors carry line and column (1-based, column in bytes).
public final class JSONParser {
    private let source: ByteSource
    private let limits: JSONLimits
    private var buffer: [UInt8]
    private var pos = 0
    private var end = 0
    private var atEOF = false
    /// Bytes consumed before `buffer[0]`, for columns.
    private var bufferOffset = 0
    private var line = 1
    private var lineStart = 0
    private var scratch: [UInt8] = []

    public init(source: ByteSource, limits: JSONLimits = JSONLimits(), chunkSize: Int = 256 << 10) {
        self.source = source
        self.limits = limits
        self.buffer = [UInt8](repeating: 0, count: max(16, chunkSize))
    }

    /// Parses a whole document: one value, then only whitespace.
    public static func parse(_ source: ByteSource, limits: JSONLimits = JSONLimits()) throws -> JSONValue {
        let p = JSONParser(source: source, limits: limits)
        let v = try p.parseValue()
        try p.expectEnd()
        return v
    }

    public static func parse(_ text: String, name: String = "<string>") throws -> JSONValue {
        try parse(MemoryByteSource(text, name: name))
    }

    // MARK: positions and errors

    public var sourceName: String { source.name }

    /// Where the next byte comes from (1-based line and byte column).
    public var position: (line: Int, column: Int) { (line, bufferOffset + pos - lineStart + 1) }

    public func error(_ message: String) -> RDFSyntaxError {
        RDFSyntaxError(source: source.name, line: line, column: bufferOffset + pos - lineStart + 1, message: message)
    }

    /// An error at an earlier `position`. Parsing a value keeps where it started as two integers and
    /// builds the error only if it throws: building one for every string read was a tenth of the parser.
    private func error(_ message: String, at start: (line: Int, column: Int)) -> RDFSyntaxError {
        RDFSyntaxError(source: source.name, line: start.line, column: start.column, message: message)
    }

    // MARK: buffer

    /// Makes at least one byte available at `pos`; false at the end of input.
    @inline(__always) private func ensure() throws -> Bool {
        if pos < end { return true }
        return try refill()
    }

    private func refill() throws -> Bool {
        if atEOF { return false }
        bufferOffset += end
        pos = 0
        end = 0
        let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
        if n == 0 { atEOF = true; return false }
        end = n
        return true
    }

    /// Skips JSON whitespace and returns the next byte without consuming it, or nil at the end.
    public func peek() throws -> UInt8? {
        while true {
            // Scan on a local pointer and index: class-property access in a byte loop is slow.
            var i = pos
            let stop = end
            var lines = 0
            var lastNewline = -1
            let found: UInt8? = buffer.withUnsafeBufferPointer { b in
                while i < stop {
                    let c = b[i]
                    switch c {
                    case 0x20, 0x09, 0x0D: i += 1
                    case 0x0A:
                        i += 1
                        lines += 1
                        lastNewline = i
                    default: return c
                    }
                }
                return nil
            }
            pos = i
            if lines > 0 {
                line += lines
                lineStart = bufferOffset + lastNewline
            }
            if let found { return found }
            if try !refill() { return nil }
        }
    }

    /// Consumes `byte` (after whitespace) or fails with `message`.
    public func expect(_ byte: UInt8, _ what: String) throws {
        guard let c = try peek() else { throw error("unexpected end of input, expected \(what)") }
        guard c == byte else { throw error("expected \(what), found \(describe(c))") }
        pos += 1
    }

    /// After a value inside an array or object: consumes ',' and returns true, or consumes `close` and
    /// returns false.
    public func nextMember(close: UInt8) throws -> Bool {
        guard let c = try peek() else { throw error("unexpected end of input") }
        if c == UInt8(ascii: ",") { pos += 1; return true }
        if c == close { pos += 1; return false }
        throw error("expected ',' or '\(Character(Unicode.Scalar(close)))', found \(describe(c))")
    }

    /// Consumes `byte` if it comes next (after whitespace).
    public func consumeIf(_ byte: UInt8) throws -> Bool {
        if try peek() == byte { pos += 1; return true }
        return false
    }

    public func expectEnd() throws {
        if let c = try peek() { throw error("unexpected \(describe(c)) after the JSON value") }
    }

    private func describe(_ c: UInt8) -> String {
        if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
        return "byte 0x" + String(c, radix: 16)
    }

    // MARK: values

    /// Parses one value; `depth` is the nesting depth of the container it sits in.
    public func parseValue(depth: Int = 0) throws -> JSONValue {
        guard let c = try peek() else { throw error("unexpected end of input, expected a JSON value") }
        switch c {
        case UInt8(ascii: "{"):
            guard depth < limits.maxDepth else { throw error("JSON nested deeper than \(limits.maxDepth) levels") }
            pos += 1
            var obj = JSONObject(reservingCapacity: 8)
            if try consumeIf(UInt8(ascii: "}")) { return .object(obj) }
            repeat {
                let key = try parseKey()
                obj[key] = try parseValue(depth: depth + 1)
            } while try nextMember(close: UInt8(ascii: "}"))
            return .object(obj)
        case UInt8(ascii: "["):
            guard depth < limits.maxDepth else { throw error("JSON nested deeper than \(limits.maxDepth) levels") }
            pos += 1
            var arr: [JSONValue] = []
            if try consumeIf(UInt8(ascii: "]")) { return .array(arr) }
            repeat {
                arr.append(try parseValue(depth: depth + 1))
            } while try nextMember(close: UInt8(ascii: "]"))
            return .array(arr)
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try parseNumber())
        default:
            throw error("unexpected \(describe(c)), expected a JSON value")
        }
    }

    /// Parses `"key"` and the ':' after it.
    public func parseKey() throws -> String {
        guard let c = try peek() else { throw error("unexpected end of input, expected an object key") }
        guard c == UInt8(ascii: "\"") else { throw error("expected a string key, found \(describe(c))") }
        let k = try parseString()
        try expect(UInt8(ascii: ":"), "':'")
        return k
    }

    private func literal(_ word: StaticString) throws {
        let start = position
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for b in bytes {
            guard try ensure(), buffer[pos] == b else { throw error("invalid literal, expected '\(word)'", at: start) }
            pos += 1
        }
        if try ensure(), isWordByte(buffer[pos]) { throw error("invalid literal, expected '\(word)'", at: start) }
    }

    @inline(__always) private func isWordByte(_ c: UInt8) -> Bool {
        (c | 0x20) >= 97 && (c | 0x20) <= 122 || (c >= 48 && c <= 57)
    }

    private func parseNumber() throws -> JSONNumber {
        let start = position
        scratch.removeAll(keepingCapacity: true)
        var isInteger = true
        func take() throws -> UInt8? {
            guard try ensure() else { return nil }
            return buffer[pos]
        }
        func digits() throws -> Int {
            var n = 0
            while let c = try take(), c >= 48 && c <= 57 { scratch.append(c); pos += 1; n += 1 }
            return n
        }
        if try take() == UInt8(ascii: "-") { scratch.append(UInt8(ascii: "-")); pos += 1 }
        guard let first = try take(), first >= 48 && first <= 57 else { throw error("invalid number", at: start) }
        if first == UInt8(ascii: "0") {
            scratch.append(first); pos += 1
            if let c = try take(), c >= 48 && c <= 57 { throw error("invalid number: leading zero") }
        } else {
            _ = try digits()
        }
        if try take() == UInt8(ascii: ".") {
            isInteger = false
            scratch.append(UInt8(ascii: ".")); pos += 1
            guard try digits() > 0 else { throw error("invalid number: digit expected after '.'") }
        }
        if let c = try take(), c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            isInteger = false
            scratch.append(c); pos += 1
            if let s = try take(), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { scratch.append(s); pos += 1 }
            guard try digits() > 0 else { throw error("invalid number: digit expected in exponent") }
        }
        if let c = try take(), isWordByte(c) || c == UInt8(ascii: ".") { throw error("invalid number") }
        let lexical = String(decoding: scratch, as: UTF8.self)
        guard let d = Double(lexical) else { throw error("invalid number", at: start) }
        return JSONNumber(lexical: lexical, value: d, isInteger: isInteger)
    }

    /// Parses a string starting at its opening quote. Rejects raw control characters, bad escapes, lone
    /// surrogates and invalid UTF-8.
    public func parseString() throws -> String {
        let opening = position
        pos += 1  // opening quote
        // Fast path: the whole string is in the buffer and has no escapes.
        let start = pos
        let stop = end
        let fast: String?? = try buffer.withUnsafeBufferPointer { b in
            var i = PlainBytes.runEnd(b, from: start, to: stop, first: UInt8(ascii: "\""), second: UInt8(ascii: "\\"),
                                      controls: true)
            while i < stop {
                let c = b[i]
                if c == UInt8(ascii: "\"") {
                    return .some(try makeString(UnsafeBufferPointer(rebasing: b[start..<i]), endingAt: i + 1))
                }
                if c == UInt8(ascii: "\\") || c < 0x20 { break }
                i += 1
            }
            return .none
        }
        if let s = fast, let s {
            return s
        }
        scratch.removeAll(keepingCapacity: true)
        while true {
            guard try ensure() else { throw error("unterminated string", at: opening) }
            let c = buffer[pos]
            if c == UInt8(ascii: "\"") {
                pos += 1
                return try scratch.withUnsafeBufferPointer { try makeString($0, endingAt: nil) }
            }
            if c < 0x20 { throw error("control character in string (must be escaped)") }
            if c == UInt8(ascii: "\\") {
                pos += 1
                guard try ensure() else { throw error("unterminated string", at: opening) }
                let e = buffer[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if scalar >= 0xD800 && scalar < 0xDC00 {
                        guard try ensure(), buffer[pos] == UInt8(ascii: "\\") else {
                            throw error("lone surrogate in \\u escape")
                        }
                        pos += 1
                        guard try ensure(), buffer[pos] == UInt8(ascii: "u") else {
                            throw error("lone surrogate in \\u escape")
                        }
                        pos += 1
                        let low = try hex4()
                        guard low >= 0xDC00 && low < 0xE000 else { throw error("lone surrogate in \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if scalar >= 0xDC00 && scalar < 0xE000 {
                        throw error("lone surrogate in \\u escape")
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
                    if let units = UTF8.encode(u) { scratch.append(contentsOf: units) }
                default:
                    pos -= 1
                    throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))'")
                }
            } else {
                scratch.append(c)
                pos += 1
            }
            if scratch.count > limits.maxStringBytes {
                throw error("string longer than \(limits.maxStringBytes) bytes")
            }
        }
    }

    private func hex4() throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard try ensure(), let h = hexValue(buffer[pos]) else { throw error("invalid \\u escape") }
            v = v << 4 | h
            pos += 1
        }
        return v
    }

    private func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 48...57: return UInt32(c - 48)
        case 65...70: return UInt32(c - 55)
        case 97...102: return UInt32(c - 87)
        default: return nil
        }
    }

    /// Makes a String from validated UTF-8; `endingAt` (the index after the closing quote) moves `pos`
    /// on success in the fast path.
    private func makeString(_ bytes: UnsafeBufferPointer<UInt8>, endingAt: Int?) throws -> String {
        if bytes.count > limits.maxStringBytes { throw error("string longer than \(limits.maxStringBytes) bytes") }
        // The standard library's validating initializer is generic and slow; validate here, then
        // decode (which no longer needs to repair anything).
        guard JSONParser.isValidUTF8(bytes) else { throw error("invalid UTF-8 in string") }
        if let endingAt { pos = endingAt }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        guard let base = b.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        while i < n {
            // Eight ASCII bytes at a time: most of a feed's strings are ASCII throughout.
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; upper = 0x9F
            case 0xF0: need = 3; lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; upper = 0x8F
            default: return false
            }
            guard i + need < n else { return false }
            let c1 = b[i + 1]
            guard c1 >= lower && c1 <= upper else { return false }
            var k = 2
            while k <= need {
                guard b[i + k] & 0xC0 == 0x80 else { return false }
                k += 1
            }
            i += need + 1
        }
        return true
    }
}
