import RDF

/// Writes RDF/XML (RDF 1.1 XML Syntax) as a stream: one `rdf:Description` per run of statements about the
/// same subject, in the order they arrive. Nothing but the current subject is kept, so memory stays flat
/// however many statements pass through (the server streams whole catalogs with it).
///
/// Predicates become qualified names: the namespaces given (by default `NS.all`) are declared on
/// `rdf:RDF`; any other namespace is declared on the property element that needs it. IRIs and literals
/// are escaped for XML; blank nodes use `rdf:nodeID`. What RDF/XML cannot say is refused with an
/// `RDFXMLWriterError` rather than written wrongly: a predicate whose IRI cannot be split into namespace
/// and NCName, a character XML 1.0 forbids, a literal with a base direction, a literal subject.
///
/// Call `finish()` once after the last statement to close the document.
public struct RDFXMLWriter: TripleSink {
    public let output: ByteOutput
    private let declared: [(prefix: String, namespace: String)]
    private var namespaceIndex: [String: String] = [:]
    private var started = false
    private var currentSubject: Term?
    private var buffer: [UInt8] = []

    public init(output: ByteOutput, prefixes: [(String, IRI)] = NS.all.map { ($0.prefix, IRI($0.iri)) }) {
        self.output = output
        var seen = Set<String>()
        var list: [(String, String)] = []
        for (p, ns) in prefixes where p != "rdf" && Self.isNCName(p) && !p.lowercased().hasPrefix("xml") && seen.insert(p).inserted {
            list.append((p, ns.value))
        }
        declared = list
        for (p, ns) in list where namespaceIndex[ns] == nil { namespaceIndex[ns] = p }
        namespaceIndex[RDFVocab.namespace] = "rdf"
        buffer.reserveCapacity(1 << 16)
    }

    public mutating func add(_ triple: Triple) throws {
        if !started { try start() }
        if triple.subject != currentSubject {
            try closeSubject()
            try openSubject(triple.subject)
        }
        try property(triple.predicate, triple.object)
        if buffer.count >= 1 << 16 { try flushBuffer() }
    }

    /// Writes every triple and closes the document.
    public mutating func write<S: Sequence>(_ triples: S) throws where S.Element == Triple {
        for t in triples { try add(t) }
        try finish()
    }

    /// Closes the document (an empty `rdf:RDF` when nothing was added) and flushes the output.
    public mutating func finish() throws {
        if !started { try start() }
        try closeSubject()
        append("</rdf:RDF>\n")
        try flushBuffer()
        try output.flush()
    }

    // MARK: structure

    private mutating func start() throws {
        started = true
        append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF xmlns:rdf=\"")
        appendEscaped(RDFVocab.namespace, attribute: true)
        append("\"")
        for (p, ns) in declared {
            append("\n    xmlns:\(p)=\"")
            try checkXMLChars(ns)
            appendEscaped(ns, attribute: true)
            append("\"")
        }
        append(">\n")
    }

    private mutating func openSubject(_ s: Term) throws {
        currentSubject = s
        append("  <rdf:Description ")
        switch s {
        case .iri(let i):
            try checkXMLChars(i.value)
            append("rdf:about=\"")
            appendEscaped(i.value, attribute: true)
        case .blank(let b):
            append("rdf:nodeID=\"")
            appendEscaped(Self.nodeID(b), attribute: true)
        case .literal:
            throw RDFXMLWriterError(message: "a literal cannot be the subject of a statement in RDF/XML")
        }
        append("\">\n")
    }

    private mutating func closeSubject() throws {
        guard currentSubject != nil else { return }
        append("  </rdf:Description>\n")
        currentSubject = nil
    }

    private mutating func property(_ p: IRI, _ o: Term) throws {
        let (qname, localDeclaration) = try qualifiedName(p)
        append("    <\(qname)")
        if let (prefix, ns) = localDeclaration {
            append(" xmlns:\(prefix)=\"")
            appendEscaped(ns, attribute: true)
            append("\"")
        }
        switch o {
        case .iri(let i):
            try checkXMLChars(i.value)
            append(" rdf:resource=\"")
            appendEscaped(i.value, attribute: true)
            append("\"/>\n")
        case .blank(let b):
            append(" rdf:nodeID=\"")
            appendEscaped(Self.nodeID(b), attribute: true)
            append("\"/>\n")
        case .literal(let l):
            guard l.direction == nil else {
                throw RDFXMLWriterError(message: "RDF/XML cannot carry the base direction of \(l)")
            }
            try checkXMLChars(l.lexical)
            if let lang = l.language {
                append(" xml:lang=\"")
                appendEscaped(lang, attribute: true)
                append("\"")
            } else if l.datatype != XSD.string {
                append(" rdf:datatype=\"")
                appendEscaped(l.datatype.value, attribute: true)
                append("\"")
            }
            append(">")
            appendEscaped(l.lexical, attribute: false)
            append("</\(qname)>\n")
        }
    }

    /// `prefix:local` for a predicate, with a local namespace declaration when its namespace is new. The
    /// split is at the longest tail of the IRI that is an NCName.
    private mutating func qualifiedName(_ p: IRI) throws -> (String, (String, String)?) {
        let value = p.value
        try checkXMLChars(value)
        let scalars = Array(value.unicodeScalars)
        var cut = scalars.count
        // Walk back over name characters, then forward to the first that may start a name.
        while cut > 0 && Self.isNameChar(scalars[cut - 1].value) { cut -= 1 }
        while cut < scalars.count && !Self.isNameStart(scalars[cut].value) { cut += 1 }
        guard cut < scalars.count, cut > 0 else {
            throw RDFXMLWriterError(message: "the predicate <\(value)> cannot be written as an XML qualified name")
        }
        var ns = "", local = ""
        ns.unicodeScalars.append(contentsOf: scalars[..<cut])
        local.unicodeScalars.append(contentsOf: scalars[cut...])
        if let prefix = namespaceIndex[ns] { return ("\(prefix):\(local)", nil) }
        // Declared on the element itself: valid for that element only, so the stream needs no header change.
        return ("ns0:\(local)", ("ns0", ns))
    }

    // MARK: bytes

    private mutating func append(_ s: String) { buffer.append(contentsOf: s.utf8) }

    private mutating func appendEscaped(_ s: String, attribute: Bool) {
        for c in s.utf8 {
            switch c {
            case UInt8(ascii: "&"): buffer.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): buffer.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): buffer.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where attribute: buffer.append(contentsOf: "&quot;".utf8)
            // Attribute values normalise whitespace and every parser turns a raw CR into LF: escape them.
            case 0x0D: buffer.append(contentsOf: "&#13;".utf8)
            case 0x0A where attribute: buffer.append(contentsOf: "&#10;".utf8)
            case 0x09 where attribute: buffer.append(contentsOf: "&#9;".utf8)
            default: buffer.append(c)
            }
        }
    }

    private func checkXMLChars(_ s: String) throws {
        for u in s.unicodeScalars {
            let v = u.value
            let ok = v == 0x09 || v == 0x0A || v == 0x0D || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
                || (0x10000...0x10FFFF).contains(v)
            if !ok {
                throw RDFXMLWriterError(message: "U+\(String(v, radix: 16, uppercase: true)) cannot appear in an XML 1.0 document")
            }
        }
    }

    private mutating func flushBuffer() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try output.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Blank node labels are NCNames already when our readers made them; anything else is mapped to one.
    static func nodeID(_ b: BlankNode) -> String {
        if isNCName(b.id) { return b.id }
        var out = "x"
        for byte in b.id.utf8 {
            if (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += "_" + String(byte, radix: 16)
            }
        }
        return out
    }

    static func isNCName(_ s: String) -> Bool {
        var first = true
        for u in s.unicodeScalars {
            if first ? !isNameStart(u.value) : !isNameChar(u.value) { return false }
            first = false
        }
        return !first
    }

    static func isNameStart(_ c: UInt32) -> Bool {
        switch c {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
             0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
             0x10000...0xEFFFF:
            return true
        default: return false
        }
    }

    static func isNameChar(_ c: UInt32) -> Bool {
        if isNameStart(c) { return true }
        switch c {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return false
        }
    }
}

/// Something RDF/XML cannot express.
public struct RDFXMLWriterError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
