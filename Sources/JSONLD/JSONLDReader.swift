import RDF

/// Reads JSON-LD 1.1 into RDF: the JSON-LD 1.1 API's expansion followed by Deserialize JSON-LD to RDF.
///
/// Documents of the common DCAT shapes are processed node by node (see `docs/jsonld.md` and
/// `StreamingDriver`); every other document is parsed into one tree first. Named graphs reach the sink
/// through `add(_:graph:)`. Remote contexts come only from `loader` (by default: none, no network).
public struct JSONLDReader {
    public var base: String?
    public var documentUrl: String?
    public var loader: DocumentLoader
    public var options: JSONLDOptions
    public var blankNodePrefix: String

    /// `base` overrides the document URL as base IRI (the API's `base` option); `documentUrl` is where
    /// the document came from: relative context references resolve against it.
    public init(
        base: String? = nil, documentUrl: String? = nil, loader: DocumentLoader = NoNetworkLoader(),
        options: JSONLDOptions = .init(), blankNodePrefix: String = "b"
    ) {
        self.base = base
        self.documentUrl = documentUrl
        self.loader = loader
        self.options = options
        self.blankNodePrefix = blankNodePrefix
    }

    var effectiveBase: String? { base ?? documentUrl }
    var contextBase: String? { documentUrl ?? base }

    /// Reads a document and hands its statements to `sink`.
    public func read<S: TripleSink>(from source: ByteSource, into sink: inout S) throws {
        _ = try readCountingDirect(from: source, into: &sink)
    }

    /// `read`, telling how many pieces `DirectEmitter` read and how many it gave back to expansion.
    func readCountingDirect<S: TripleSink>(from source: ByteSource, into sink: inout S) throws -> (read: Int, declined: Int) {
        let processor = Processor(options: options, loader: loader)
        let emitter = RDFEmitter(labeler: BlankNodeLabeler(prefix: blankNodePrefix), rdfDirection: options.rdfDirection)
        var direct: DirectEmitter?
        do {
            if options.streaming {
                direct = options.directNodes ? DirectEmitter(processor: processor, emitter: emitter) : nil
                try StreamingDriver(reader: self, processor: processor, emitter: emitter, direct: direct).run(source, into: &sink)
            } else {
                let document = try JSONParser.parse(source, limits: options.limits)
                try toRDF(document, processor, emitter, into: &sink)
            }
        } catch var e as JSONLDError {
            if e.source == nil { e.source = source.name }
            throw e
        }
        return (direct?.read ?? 0, direct?.declined ?? 0)
    }

    /// Deserializes an already parsed document.
    public func read<S: TripleSink>(_ document: JSONValue, into sink: inout S) throws {
        let processor = Processor(options: options, loader: loader)
        let emitter = RDFEmitter(labeler: BlankNodeLabeler(prefix: blankNodePrefix), rdfDirection: options.rdfDirection)
        try toRDF(document, processor, emitter, into: &sink)
    }

    func toRDF<S: TripleSink>(_ document: JSONValue, _ processor: Processor, _ emitter: RDFEmitter, into sink: inout S) throws {
        for item in try expand(document, processor) {
            try emitter.emitTopLevel(item, into: &sink)
        }
    }

    /// The JSON-LD 1.1 API `expand` of a document read from `source`: always an array.
    public func expand(from source: ByteSource) throws -> JSONValue {
        let document = try JSONParser.parse(source, limits: options.limits)
        do {
            return try expand(document)
        } catch var e as JSONLDError {
            if e.source == nil { e.source = source.name }
            throw e
        }
    }

    /// The JSON-LD 1.1 API `expand` of a parsed document.
    public func expand(_ document: JSONValue) throws -> JSONValue {
        .array(try expand(document, Processor(options: options, loader: loader)))
    }

    func expand(_ document: JSONValue, _ processor: Processor) throws -> [JSONValue] {
        let active = try processor.initialContext(base: effectiveBase, documentUrl: contextBase)
        return try processor.expandDocument(document, active, baseURL: contextBase)
    }
}
