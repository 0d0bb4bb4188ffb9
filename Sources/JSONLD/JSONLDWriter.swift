import RDF

/// Writes JSON-LD 1.1 in flat expanded form (an array of node objects, full IRIs, no context), as a
/// stream: each run of statements about one subject becomes one node object. Only that run is held, so
/// memory stays flat for a whole catalog; a subject that comes back later simply gets a second node
/// object, which JSON-LD merges on reading.
///
/// Expanded form needs no context and reads back through any JSON-LD processor (ours streams it node by
/// node). `rdf:type` with IRI objects becomes `@type`; literals become value objects with `@language`,
/// `@direction` or `@type` (xsd:string is left implicit, as toRDF reads it); `rdf:JSON` literals keep their
/// lexical form as a string with the datatype IRI, so they read back unchanged.
///
/// Call `finish()` once after the last statement to close the array.
public struct JSONLDWriter: TripleSink {
    public let output: ByteOutput
    /// Pretty output: one node object per line, properties indented.
    public var indent: Bool
    private var started = false
    private var nodes = 0
    private var subject: Term?
    private var types: [String] = []
    private var properties: [(predicate: String, objects: [Term])] = []
    private var propertyIndex: [String: Int] = [:]
    private var buffer: [UInt8] = []

    public init(output: ByteOutput, indent: Bool = true) {
        self.output = output
        self.indent = indent
        buffer.reserveCapacity(1 << 16)
    }

    public mutating func add(_ triple: Triple) throws {
        if triple.subject != subject {
            try emitNode()
            subject = triple.subject
        }
        if triple.predicate == RDFVocab.type, case .iri(let t) = triple.object {
            types.append(t.value)
            return
        }
        let p = triple.predicate.value
        if let i = propertyIndex[p] {
            properties[i].objects.append(triple.object)
        } else {
            propertyIndex[p] = properties.count
            properties.append((p, [triple.object]))
        }
    }

    /// Writes every triple and closes the document.
    public mutating func write<S: Sequence>(_ triples: S) throws where S.Element == Triple {
        for t in triples { try add(t) }
        try finish()
    }

    /// Closes the array (`[]` when nothing was added) and flushes the output.
    public mutating func finish() throws {
        try emitNode()
        if !started { buffer.append(UInt8(ascii: "[")) }
        buffer.append(contentsOf: indent ? "\n]\n".utf8 : "]\n".utf8)
        try flushBuffer()
        try output.flush()
    }

    private mutating func emitNode() throws {
        guard let s = subject else { return }
        buffer.append(started ? UInt8(ascii: ",") : UInt8(ascii: "["))
        started = true
        if indent { buffer.append(contentsOf: "\n  ".utf8) }
        buffer.append(contentsOf: "{\"@id\":".utf8)
        switch s {
        case .iri(let i): Self.appendString(i.value, to: &buffer)
        case .blank(let b): Self.appendString("_:" + b.id, to: &buffer)
        case .literal:
            throw JSONLDWriterError(message: "a literal cannot be the subject of a node object")
        }
        if !types.isEmpty {
            separator()
            buffer.append(contentsOf: "\"@type\":[".utf8)
            for (i, t) in types.enumerated() {
                if i > 0 { buffer.append(UInt8(ascii: ",")) }
                Self.appendString(t, to: &buffer)
            }
            buffer.append(UInt8(ascii: "]"))
        }
        for (p, objects) in properties {
            separator()
            Self.appendString(p, to: &buffer)
            buffer.append(contentsOf: ":[".utf8)
            for (i, o) in objects.enumerated() {
                if i > 0 { buffer.append(UInt8(ascii: ",")) }
                appendObject(o)
            }
            buffer.append(UInt8(ascii: "]"))
        }
        buffer.append(UInt8(ascii: "}"))
        nodes += 1
        subject = nil
        types.removeAll(keepingCapacity: true)
        properties.removeAll(keepingCapacity: true)
        propertyIndex.removeAll(keepingCapacity: true)
        if buffer.count >= 1 << 16 { try flushBuffer() }
    }

    private mutating func separator() {
        buffer.append(UInt8(ascii: ","))
        if indent { buffer.append(contentsOf: "\n   ".utf8) }
    }

    private mutating func appendObject(_ o: Term) {
        switch o {
        case .iri(let i):
            buffer.append(contentsOf: "{\"@id\":".utf8)
            Self.appendString(i.value, to: &buffer)
        case .blank(let b):
            buffer.append(contentsOf: "{\"@id\":".utf8)
            Self.appendString("_:" + b.id, to: &buffer)
        case .literal(let l):
            buffer.append(contentsOf: "{\"@value\":".utf8)
            Self.appendString(l.lexical, to: &buffer)
            if let lang = l.language {
                buffer.append(contentsOf: ",\"@language\":".utf8)
                Self.appendString(lang, to: &buffer)
                if let dir = l.direction {
                    buffer.append(contentsOf: ",\"@direction\":".utf8)
                    Self.appendString(dir, to: &buffer)
                }
            } else if l.datatype != XSD.string {
                buffer.append(contentsOf: ",\"@type\":".utf8)
                Self.appendString(l.datatype.value, to: &buffer)
            }
        }
        buffer.append(UInt8(ascii: "}"))
    }

    private mutating func flushBuffer() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try output.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// A JSON string: quote, backslash and control characters escaped; everything else as UTF-8.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for c in s.utf8 {
            switch c {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
            default: out.append(c)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Something the expanded form cannot say (a literal subject).
public struct JSONLDWriterError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
