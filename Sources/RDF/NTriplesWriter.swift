/// Writes N-Triples, or N-Quads when `quads` is set and a statement has a graph name. Output is the
/// canonical form of RDF 1.1 N-Triples: only `"`, `\`, LF and CR are escaped in literals.
public struct NTriplesWriter: TripleSink {
    public let output: ByteOutput
    public var quads: Bool
    private var line: [UInt8] = []

    public init(output: ByteOutput, quads: Bool = false) {
        self.output = output
        self.quads = quads
        line.reserveCapacity(512)
    }

    public mutating func add(_ triple: Triple) throws { try emit(triple, graph: nil) }
    public mutating func add(_ triple: Triple, graph: Term) throws { try emit(triple, graph: quads ? graph : nil) }

    private mutating func emit(_ t: Triple, graph: Term?) throws {
        line.removeAll(keepingCapacity: true)
        NTriplesWriter.append(t.subject, to: &line)
        line.append(0x20)
        NTriplesWriter.append(.iri(t.predicate), to: &line)
        line.append(0x20)
        NTriplesWriter.append(t.object, to: &line)
        if let graph {
            line.append(0x20)
            NTriplesWriter.append(graph, to: &line)
        }
        line.append(contentsOf: [0x20, UInt8(ascii: "."), 0x0A])
        try line.withUnsafeBytes { try output.write($0) }
    }

    /// The N-Triples form of one term.
    public static func format(_ term: Term) -> String {
        var out: [UInt8] = []
        append(term, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one statement line (`s p o .` and a newline) to a byte buffer.
    public static func appendLine(_ t: Triple, to out: inout [UInt8]) {
        append(t.subject, to: &out)
        out.append(UInt8(ascii: " "))
        appendIRI(t.predicate.value, to: &out)
        out.append(UInt8(ascii: " "))
        append(t.object, to: &out)
        out.append(UInt8(ascii: " "))
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "\n"))
    }

    /// Appends the N-Triples form of one term.
    public static func appendTerm(_ term: Term, to out: inout [UInt8]) { append(term, to: &out) }

    static func append(_ term: Term, to out: inout [UInt8]) {
        switch term {
        case .iri(let i): appendIRI(i.value, to: &out)
        case .blank(let b):
            out.append(contentsOf: [UInt8(ascii: "_"), UInt8(ascii: ":")])
            out.append(contentsOf: b.id.utf8)
        case .literal(let l):
            appendString(l.lexical, to: &out)
            if let lang = l.language {
                out.append(UInt8(ascii: "@"))
                out.append(contentsOf: lang.utf8)
                if let dir = l.direction {
                    out.append(contentsOf: "--".utf8)
                    out.append(contentsOf: dir.utf8)
                }
            } else if l.datatype != XSD.string {
                out.append(contentsOf: [UInt8(ascii: "^"), UInt8(ascii: "^")])
                appendIRI(l.datatype.value, to: &out)
            }
        }
    }

    static func appendIRI(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        var s = s
        s.withUTF8 { bytes in
            // IRIs almost never hold a character to escape: copy them whole when they do not.
            guard needsAnyIRIEscape(bytes) else { out.append(contentsOf: bytes); return }
            for c in bytes {
                if needsIRIEscape(c) { appendUnicodeEscape(UInt32(c), to: &out) } else { out.append(c) }
            }
        }
        out.append(UInt8(ascii: ">"))
    }

    /// `needsIRIEscape` for every byte value, so the scan of a whole IRI is one load a byte.
    private static let iriEscapeTable: [Bool] = (0...255).map { needsIRIEscape(UInt8($0)) }

    private static func needsAnyIRIEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        iriEscapeTable.withUnsafeBufferPointer { table in
            for c in bytes where table[Int(c)] { return true }
            return false
        }
    }

    private static func needsIRIEscape(_ c: UInt8) -> Bool {
        switch c {
        case 0...0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"),
            UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "\\"):
            return true
        default: return false
        }
    }

    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0x0A || $0 == 0x0D }) else {
                out.append(contentsOf: bytes)
                return
            }
            for c in bytes {
                switch c {
                case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                default: out.append(c)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    static func appendUnicodeEscape(_ v: UInt32, to out: inout [UInt8]) {
        let hex = Array("0123456789ABCDEF".utf8)
        out.append(contentsOf: [0x5C, UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((v >> UInt32(shift)) & 0xF)]) }
    }
}
