#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads N-Triples and N-Quads (W3C RDF 1.1), streaming.
///
/// Neither format lets a token span a line (literals escape their newlines), so the reader takes the
/// input in large chunks, parses every complete line in place, and carries the unfinished tail over to the
/// next chunk. Memory is bounded by the chunk size plus the longest line, and that is capped.
public struct NTriplesReader {
    public enum Format: Sendable { case nTriples, nQuads }

    public var format: Format
    /// A line longer than this is refused (a guard against a single huge literal).
    public var maxLineBytes: Int
    public var blankNodePrefix: String

    public init(format: Format = .nTriples, maxLineBytes: Int = 64 << 20, blankNodePrefix: String = "b") {
        self.format = format
        self.maxLineBytes = maxLineBytes
        self.blankNodePrefix = blankNodePrefix
    }

    public func read<S: TripleSink>(from source: ByteSource, into sink: inout S) throws {
        var state = LineParser(source: source.name, quads: format == .nQuads, maxLineBytes: maxLineBytes,
                               labeler: BlankNodeLabeler(prefix: blankNodePrefix))
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        var filled = 0
        var atEnd = false
        while !atEnd {
            // Whatever is left over is one unfinished line.
            guard filled <= maxLineBytes else {
                throw RDFSyntaxError(source: source.name, line: state.line, column: 1,
                                     message: "line longer than \(maxLineBytes) bytes")
            }
            if buffer.count - filled < chunk / 2 {
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))
            }
            let n = try buffer.withUnsafeMutableBytes { raw in
                try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
            }
            if n == 0 { atEnd = true }
            filled += n
            // Parse up to the last line break (or everything at the end of input).
            var cut = filled
            if !atEnd {
                var i = filled - 1
                while i >= 0 && buffer[i] != 0x0A && buffer[i] != 0x0D { i -= 1 }
                if i < 0 { continue }
                cut = i + 1
            }
            try buffer.withUnsafeBufferPointer { buf in
                try state.parseLines(UnsafeBufferPointer(rebasing: buf[0..<cut]), into: &sink)
            }
            if cut < filled {
                buffer.withUnsafeMutableBufferPointer { b in
                    b.baseAddress!.update(from: b.baseAddress! + cut, count: filled - cut)
                }
            }
            filled -= cut
        }
    }

    /// Convenience for tests and small inputs.
    public func read(_ text: String, name: String = "<string>") throws -> [Quad] {
        var sink = QuadCollector()
        try read(from: MemoryByteSource(text, name: name), into: &sink)
        return sink.quads
    }
}

/// The per-line grammar, over raw bytes.
struct LineParser {
    let source: String
    let quads: Bool
    let maxLineBytes: Int
    let labeler: BlankNodeLabeler
    var line = 1
    private var lineStart = 0
    private var scratch: [UInt8] = []
    private var cache = StringCache()

    init(source: String, quads: Bool, maxLineBytes: Int, labeler: BlankNodeLabeler) {
        self.source = source
        self.quads = quads
        self.maxLineBytes = maxLineBytes
        self.labeler = labeler
        scratch.reserveCapacity(256)
    }

    mutating func parseLines<S: TripleSink>(_ b: UnsafeBufferPointer<UInt8>, into sink: inout S) throws {
        var i = 0
        let n = b.count
        let base = b.baseAddress!
        while i < n {
            lineStart = i
            let end: Int
            if let nl = memchr(base + i, 0x0A, n - i) {
                end = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
            } else {
                end = n
            }
            if end - i > maxLineBytes { throw fail(i, "line longer than \(maxLineBytes) bytes") }
            try parseLine(b, from: i, to: end, into: &sink)
            i = end + 1
            line += 1
        }
    }

    private func fail(_ at: Int, _ message: String) -> RDFSyntaxError {
        RDFSyntaxError(source: source, line: line, column: at - lineStart + 1, message: message)
    }

    @inline(__always) private func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) {
        while i < end && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
    }

    /// Parses the statements of one LF-delimited span. A CR also ends a line (N-Triples' EOL is
    /// `[#xD#xA]+`), so a span may hold several CR-separated lines; they are rare, and cost nothing
    /// when absent.
    private mutating func parseLine<S: TripleSink>(
        _ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into sink: inout S
    ) throws {
        var from = start
        while true {
            var stop = from
            try parseStatement(b, from: from, to: end, stoppedAt: &stop, into: &sink)
            guard stop < end, b[stop] == 0x0D else { return }
            while stop < end && b[stop] == 0x0D { stop += 1 }
            if stop == end { return }
            line += 1
            lineStart = stop
            from = stop
        }
    }

    private mutating func parseStatement<S: TripleSink>(
        _ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, stoppedAt: inout Int, into sink: inout S
    ) throws {
        var i = start
        defer { stoppedAt = i }
        skipSpace(b, &i, end)
        if i == end || b[i] == 0x0D { return }
        if b[i] == UInt8(ascii: "#") {
            while i < end && b[i] != 0x0D { i += 1 }
            return
        }

        let subject: Term
        switch b[i] {
        case UInt8(ascii: "<"): subject = .iri(try iri(b, &i, end))
        case UInt8(ascii: "_"): subject = .blank(try blank(b, &i, end))
        default: throw fail(i, "expected a subject (an IRI or a blank node)")
        }
        skipSpace(b, &i, end)
        guard i < end && b[i] == UInt8(ascii: "<") else { throw fail(i, "expected a predicate IRI") }
        let predicate = try iri(b, &i, end)
        skipSpace(b, &i, end)
        guard i < end else { throw fail(i, "expected an object") }
        let object: Term
        switch b[i] {
        case UInt8(ascii: "<"): object = .iri(try iri(b, &i, end))
        case UInt8(ascii: "_"): object = .blank(try blank(b, &i, end))
        case UInt8(ascii: "\""): object = .literal(try literal(b, &i, end))
        default: throw fail(i, "expected an object (an IRI, a blank node or a literal)")
        }
        skipSpace(b, &i, end)
        var graph: Term?
        if quads && i < end {
            if b[i] == UInt8(ascii: "<") { graph = .iri(try iri(b, &i, end)) }
            else if b[i] == UInt8(ascii: "_") { graph = .blank(try blank(b, &i, end)) }
            skipSpace(b, &i, end)
        }
        guard i < end && b[i] == UInt8(ascii: ".") else { throw fail(i, "expected '.' at the end of the statement") }
        i += 1
        skipSpace(b, &i, end)
        if i < end && b[i] == UInt8(ascii: "#") {
            while i < end && b[i] != 0x0D { i += 1 }
        }
        if i < end && b[i] != 0x0D { throw fail(i, "unexpected text after '.'") }
        let t = Triple(subject, predicate, object)
        if let graph { try sink.add(t, graph: graph) } else { try sink.add(t) }
    }

    // MARK: terms

    private mutating func iri(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) throws -> IRI {
        let open = i
        i += 1
        let start = i
        // Most IRIs of a feed repeat (a subject on each of its lines, predicates, classes): the first '>'
        // found by memchr ends the IRI, and bytes the cache holds were checked when they went in (it holds
        // only IRIs that passed the scan below), so a hit skips that scan. A miss, an escape or a bad byte
        // takes the scan, which finds the first fault as before.
        if start < end, let base = b.baseAddress,
           let found = memchr(base + start, Int32(UInt8(ascii: ">")), end - start) {
            let close = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if let value = cache.cached(UnsafeBufferPointer(rebasing: b[start..<close])) {
                i = close + 1
                return IRI(value)
            }
        }
        var escaped = false
        // The table is read through a pointer taken once: indexing the global array checked its bounds
        // (and reached it through its lazy initialiser) at every byte of every IRI.
        try iriByteIsPlain.withUnsafeBufferPointer { plain in
            while i < end {
                let c = b[i]
                if plain[Int(c)] { i += 1; continue }
                if c == UInt8(ascii: ">") { break }
                if c == UInt8(ascii: "\\") { escaped = true; i += 1; continue }
                throw fail(i, "character not allowed in an IRI")
            }
        }
        guard i < end else { throw fail(open, "unterminated IRI") }
        let value: String
        if escaped {
            scratch.removeAll(keepingCapacity: true)
            var j = start
            while j < i {
                if b[j] == UInt8(ascii: "\\") {
                    guard j + 1 < i, b[j + 1] == UInt8(ascii: "u") || b[j + 1] == UInt8(ascii: "U") else {
                        throw fail(j, "only \\u and \\U escapes are allowed in an IRI")
                    }
                    let scalar = try unicodeEscape(b, &j, i)
                    if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                        throw fail(j, "escaped character not allowed in an IRI")
                    }
                    appendUTF8(scalar)
                } else {
                    scratch.append(b[j]); j += 1
                }
            }
            value = String(decoding: scratch, as: UTF8.self)
        } else {
            let bytes = UnsafeBufferPointer(rebasing: b[start..<i])
            // N-Triples has no base IRI: every IRI must be absolute. Only IRIs that passed are cached, so
            // a repeated one is not checked again.
            guard let value = cache.string(bytes, accepting: { IRIParts.schemeEnd($0) != nil }) else {
                throw fail(open, "relative IRI <\(String(decoding: bytes, as: UTF8.self))> is not allowed in N-Triples")
            }
            i += 1
            return IRI(value)
        }
        i += 1
        if IRIParts.schemeEnd(value.utf8) == nil { throw fail(open, "relative IRI <\(value)> is not allowed in N-Triples") }
        return IRI(value)
    }

    private func blank(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) throws -> BlankNode {
        let start = i
        guard i + 1 < end, b[i + 1] == UInt8(ascii: ":") else { throw fail(i, "expected '_:' to start a blank node") }
        i += 2
        let labelStart = i
        guard i < end, Self.isLabelStart(b[i]) else { throw fail(i, "invalid blank node label") }
        i += 1
        while i < end && (Self.isLabelChar(b[i]) || b[i] == UInt8(ascii: ".")) { i += 1 }
        // A label cannot end with '.'; that '.' ends the statement instead.
        while b[i - 1] == UInt8(ascii: ".") { i -= 1 }
        _ = start
        return labeler.node(for: String(decoding: UnsafeBufferPointer(rebasing: b[labelStart..<i]), as: UTF8.self))
    }

    // PN_CHARS_U | [0-9]; bytes >= 0x80 are parts of non-ASCII letters, which the grammar admits broadly.
    @inline(__always) static func isLabelStart(_ c: UInt8) -> Bool {
        (c | 0x20) >= 97 && (c | 0x20) <= 122 || (c >= 48 && c <= 57) || c == UInt8(ascii: "_") || c >= 0x80
    }

    @inline(__always) static func isLabelChar(_ c: UInt8) -> Bool {
        isLabelStart(c) || c == UInt8(ascii: "-")
    }

    private mutating func literal(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) throws -> Literal {
        let open = i
        i += 1
        let start = i
        var escaped = false
        i = PlainBytes.runEnd(b, from: i, to: end, first: UInt8(ascii: "\""), second: UInt8(ascii: "\\"), controls: false)
        while i < end {
            let c = b[i]
            if c == UInt8(ascii: "\"") { break }
            if c == UInt8(ascii: "\\") { escaped = true; i += 2; continue }
            i += 1
        }
        guard i < end else { throw fail(open, "unterminated string literal") }
        let lexical: String
        if escaped {
            scratch.removeAll(keepingCapacity: true)
            var j = start
            while j < i {
                let c = b[j]
                if c != UInt8(ascii: "\\") { scratch.append(c); j += 1; continue }
                guard j + 1 < i else { throw fail(j, "bad escape") }
                switch b[j + 1] {
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "\""): scratch.append(0x22)
                case UInt8(ascii: "'"): scratch.append(0x27)
                case UInt8(ascii: "\\"): scratch.append(0x5C)
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    appendUTF8(try unicodeEscape(b, &j, i))
                    continue
                default: throw fail(j, "unknown escape sequence")
                }
                j += 2
            }
            lexical = String(decoding: scratch, as: UTF8.self)
        } else {
            lexical = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        }
        i += 1
        if i < end && b[i] == UInt8(ascii: "@") {
            i += 1
            let tagStart = i
            while i < end && ((b[i] | 0x20) >= 97 && (b[i] | 0x20) <= 122) { i += 1 }
            guard i > tagStart else { throw fail(i, "empty language tag") }
            while i < end && b[i] == UInt8(ascii: "-") {
                i += 1
                let sub = i
                while i < end && (((b[i] | 0x20) >= 97 && (b[i] | 0x20) <= 122) || (b[i] >= 48 && b[i] <= 57)) { i += 1 }
                guard i > sub else { throw fail(i, "bad language tag") }
            }
            let tag = String(decoding: UnsafeBufferPointer(rebasing: b[tagStart..<i]), as: UTF8.self)
            return Literal(lexical, language: tag)
        }
        if i + 1 < end && b[i] == UInt8(ascii: "^") && b[i + 1] == UInt8(ascii: "^") {
            i += 2
            guard i < end && b[i] == UInt8(ascii: "<") else { throw fail(i, "expected a datatype IRI after '^^'") }
            return Literal(lexical, datatype: try iri(b, &i, end))
        }
        return Literal(lexical)
    }

    /// Decodes `\uXXXX` or `\UXXXXXXXX` starting at the backslash; leaves `j` after it.
    private func unicodeEscape(_ b: UnsafeBufferPointer<UInt8>, _ j: inout Int, _ end: Int) throws -> Unicode.Scalar {
        let digits = b[j + 1] == UInt8(ascii: "u") ? 4 : 8
        guard j + 2 + digits <= end else { throw fail(j, "truncated \\u escape") }
        var v: UInt32 = 0
        for k in 0..<digits {
            guard let d = hexValue(b[j + 2 + k]) else { throw fail(j, "bad hex digit in \\u escape") }
            v = v << 4 | d
        }
        guard let s = Unicode.Scalar(v) else { throw fail(j, "escape is not a Unicode scalar value") }
        j += 2 + digits
        return s
    }

    private mutating func appendUTF8(_ s: Unicode.Scalar) {
        UTF8.encode(s) { scratch.append($0) }
    }
}

/// Bytes that may appear unescaped in an IRIREF, other than '>' and '\\' which the scanner handles.
/// Non-ASCII bytes are allowed (they are parts of UCS characters).
let iriByteIsPlain: [Bool] = (0..<256).map { c in
    c > 0x20 && !"<>\"{}|^`\\".utf8.contains(UInt8(c))
}

@inline(__always) func hexValue(_ c: UInt8) -> UInt32? {
    switch c {
    case 48...57: return UInt32(c - 48)
    case 65...70: return UInt32(c - 55)
    case 97...102: return UInt32(c - 87)
    default: return nil
    }
}
