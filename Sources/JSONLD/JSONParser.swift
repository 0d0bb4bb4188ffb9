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
            while pos < end {
                let c = buffer[pos]
                switch c {
                case 0x20, 0x09, 0x0D: pos += 1
                case 0x0A:
                    pos += 1
                    line += 1
                    lineStart = bufferOffset + pos
                default: return c
                }
            }
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
            var obj = JSONObject()
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
        let start = error("invalid literal, expected '\(word)'")
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for b in bytes {
            guard try ensure(), buffer[pos] == b else { throw start }
            pos += 1
        }
        if try ensure(), isWordByte(buffer[pos]) { throw start }
    }

    @inline(__always) private func isWordByte(_ c: UInt8) -> Bool {
        (c | 0x20) >= 97 && (c | 0x20) <= 122 || (c >= 48 && c <= 57)
    }

    private func parseNumber() throws -> JSONNumber {
        let startError = error("invalid number")
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
        guard let first = try take(), first >= 48 && first <= 57 else { throw startError }
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
        guard let d = Double(lexical) else { throw startError }
        return JSONNumber(lexical: lexical, value: d, isInteger: isInteger)
    }

    /// Parses a string starting at its opening quote. Rejects raw control characters, bad escapes, lone
    /// surrogates and invalid UTF-8.
    public func parseString() throws -> String {
        let startError = error("unterminated string")
        pos += 1  // opening quote
        // Fast path: the whole string is in the buffer and has no escapes.
        var i = pos
        while i < end {
            let c = buffer[i]
            if c == UInt8(ascii: "\"") {
                let s = try makeString(buffer[pos..<i], at: pos)
                pos = i + 1
                return s
            }
            if c == UInt8(ascii: "\\") || c < 0x20 { break }
            i += 1
        }
        scratch.removeAll(keepingCapacity: true)
        while true {
            guard try ensure() else { throw startError }
            let c = buffer[pos]
            if c == UInt8(ascii: "\"") {
                pos += 1
                return try makeString(scratch[...], at: nil)
            }
            if c < 0x20 { throw error("control character in string (must be escaped)") }
            if c == UInt8(ascii: "\\") {
                pos += 1
                guard try ensure() else { throw startError }
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
                    scratch.append(contentsOf: UTF8.encode(u)!)
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

    private func makeString(_ bytes: ArraySlice<UInt8>, at start: Int?) throws -> String {
        if bytes.count > limits.maxStringBytes { throw error("string longer than \(limits.maxStringBytes) bytes") }
        // ASCII needs no validation.
        var ascii = true
        for b in bytes where b >= 0x80 { ascii = false; break }
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        guard let s = String(validating: bytes, as: UTF8.self) else { throw error("invalid UTF-8 in string") }
        return s
    }
}
