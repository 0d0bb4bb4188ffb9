import CLibXML2
import RDF

/// A streaming RDF/XML (RDF 1.1 XML Syntax) reader on libxml2's SAX2 push parser.
///
/// Bytes go in chunk by chunk; triples reach the sink as soon as they are known (at the latest when
/// the element that makes them closes). Only the stack of open elements is kept, so memory stays flat
/// however large the document.
///
/// Hostile input is refused in bounded time and memory:
/// - no DTD is ever loaded and no external entity is ever resolved (no XML_PARSE_DTDLOAD, NOENT or
///   HUGE; network access is off);
/// - a document whose DTD declares any entity is refused outright, which rules out both XXE and
///   entity-expansion bombs (billion laughs); only XML's predefined entities and character
///   references are read;
/// - element nesting and the size of one literal are capped by `RDFXMLLimits`.
///
/// Every error is an `RDFSyntaxError` with the source name, line and column: libxml2's own position
/// for XML errors, the position just after the offending start tag for RDF grammar errors. An error
/// thrown by the sink ends the parse and reaches the caller unchanged.
///
/// Relative references resolve against `base` (and `xml:base`); without either they stay as written.
///
/// Namespace declarations reach the sink through `prefix(_:_:)` (once per prefix and namespace, in
/// document order), so writers can reuse the document's prefixes.
public struct RDFXMLReader: Sendable {
    public var base: String?
    public var blankNodePrefix: String
    public var limits: RDFXMLLimits

    public init(base: String? = nil, blankNodePrefix: String = "b", limits: RDFXMLLimits = .default) {
        self.base = base
        self.blankNodePrefix = blankNodePrefix
        self.limits = limits
    }

    public func read<S: TripleSink>(from source: ByteSource, into sink: inout S) throws {
        try read(from: source, into: &sink, labeler: BlankNodeLabeler(prefix: blankNodePrefix))
    }

    /// Reads with a caller's labeler, so several documents can share one blank node namespace.
    public func read<S: TripleSink>(from source: ByteSource, into sink: inout S, labeler: BlankNodeLabeler) throws {
        try withUnsafeMutablePointer(to: &sink) { sinkPointer in
            try parse(source, output: SinkOutput(sinkPointer), labeler: labeler)
        }
    }

    private func parse(_ source: ByteSource, output: TripleOutput, labeler: BlankNodeLabeler) throws {
        let state = ParserState(sourceName: source.name, base: base, labeler: labeler, limits: limits, output: output)
        let chunkSize = limits.chunkSize
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }

        // libxml2 detects the encoding from the first four bytes; hand them over together.
        var filled = 0
        while filled < 4 {
            let n = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if n == 0 { break }
            filled += n
        }

        _ = Self.libraryReady
        var handler = SAXHandler.make()
        let userData = Unmanaged.passUnretained(state).toOpaque()
        guard let ctxt = xmlCreatePushParserCtxt(&handler, userData, nil, 0, nil) else {
            throw RDFSyntaxError(source: source.name, line: 0, column: 0, message: "cannot create the XML parser")
        }
        defer { xmlFreeParserCtxt(ctxt) }
        state.ctxt = ctxt
        _ = xmlCtxtUseOptions(ctxt, Int32(XML_PARSE_NONET.rawValue))

        try withExtendedLifetime(state) {
            var pending = filled
            while true {
                let terminate: Int32 = pending == 0 ? 1 : 0
                let code = buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlParseChunk(ctxt, pending == 0 ? nil : chars.baseAddress, Int32(pending), terminate)
                }
                if let error = output.error { throw error }
                if let error = state.error { throw error }
                if code != 0 {
                    state.fail("XML error \(code)")
                    throw state.error ?? RDFSyntaxError(source: source.name, line: 1, column: 1, message: "XML error \(code)")
                }
                if terminate == 1 { break }
                pending = try source.read(into: buffer)
            }
        }
    }

    /// libxml2's global state must be set up once before parsers run on several threads at a time
    /// (a harvest reads many pages concurrently); a static let runs this exactly once.
    private static let libraryReady: Void = xmlInitParser()

    /// Parses a whole string (tests, small documents).
    public func read(_ text: String, name: String = "<string>") throws -> [Triple] {
        var sink = QuadCollector()
        try read(from: MemoryByteSource(text, name: name), into: &sink)
        return sink.triples
    }
}
