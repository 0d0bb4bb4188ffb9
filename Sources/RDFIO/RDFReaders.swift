import JSONLD
import RDF
import RDFXML

/// What every reader may need besides the bytes.
public struct ReadOptions: Sendable {
    /// Base IRI for relative references; readers fall back to it when the document sets none.
    public var base: String?
    /// Label prefix for blank nodes, so that several documents read into one graph stay apart.
    public var blankNodePrefix: String
    /// JSON-LD remote documents: URL prefix → local folder. Empty means no remote contexts at all.
    public var localContexts: [(prefix: String, directory: String)]
    /// JSON-LD: process the common catalog shapes node by node (see docs/jsonld.md). Off reads the
    /// whole document into a tree first, which every valid document allows.
    public var jsonLDStreaming: Bool

    public init(base: String? = nil, blankNodePrefix: String = "b", localContexts: [(prefix: String, directory: String)] = [],
                jsonLDStreaming: Bool = true) {
        self.base = base
        self.blankNodePrefix = blankNodePrefix
        self.localContexts = localContexts
        self.jsonLDStreaming = jsonLDStreaming
    }
}

/// The one door to every reader: the harvester and `oogst convert` call this and never a reader directly.
public enum RDFReaders {
    /// Decides the format: an explicit choice wins, then the media type, then the file name, then sniffing.
    public static func detect(explicit: RDFFormat? = nil, mediaType: String? = nil, name: String? = nil,
                              head: [UInt8]) -> RDFFormat? {
        if let explicit { return explicit }
        if let mediaType, let f = RDFFormat(mediaType: mediaType) {
            // Generic types say little: let a specific file extension or the content decide first.
            let generic = ["text/plain", "application/xml", "text/xml", "application/json", "application/octet-stream"]
            let essence = mediaType.split(separator: ";").first.map { $0.trimmingWhitespace().lowercased() } ?? ""
            if !generic.contains(essence) { return f }
        }
        if let name, let f = RDFFormat(fileName: name) { return f }
        if let f = RDFFormat(sniffing: head) { return f }
        if let mediaType { return RDFFormat(mediaType: mediaType) }
        return nil
    }

    /// Parses `source` as `format` into `sink`.
    public static func read<S: TripleSink>(_ source: ByteSource, format: RDFFormat, options: ReadOptions = .init(),
                                           into sink: inout S) throws {
        switch format {
        case .nTriples:
            try NTriplesReader(format: .nTriples, blankNodePrefix: options.blankNodePrefix).read(from: source, into: &sink)
        case .nQuads:
            try NTriplesReader(format: .nQuads, blankNodePrefix: options.blankNodePrefix).read(from: source, into: &sink)
        case .turtle:
            try TurtleReader(base: options.base, blankNodePrefix: options.blankNodePrefix).read(from: source, into: &sink)
        case .rdfXML:
            try RDFXMLReader(base: options.base, blankNodePrefix: options.blankNodePrefix).read(from: source, into: &sink)
        case .jsonLD:
            let loader: DocumentLoader = options.localContexts.isEmpty
                ? NoNetworkLoader()
                : PrefixMappingLoader(options.localContexts.map { ($0.prefix, $0.directory) })
            try JSONLDReader(documentUrl: options.base, loader: loader,
                             options: JSONLDOptions(streaming: options.jsonLDStreaming),
                             blankNodePrefix: options.blankNodePrefix)
                .read(from: source, into: &sink)
        }
    }

    /// Parses `source` as `explicit` when given; otherwise detects the format (media type, name, then a peek
    /// at the first bytes, which are handed to the reader again) and parses it.
    @discardableResult
    public static func read<S: TripleSink>(_ source: ByteSource, explicit: RDFFormat? = nil, mediaType: String? = nil,
                                           options: ReadOptions = .init(), into sink: inout S) throws -> RDFFormat {
        if let explicit {
            try read(source, format: explicit, options: options, into: &sink)
            return explicit
        }
        let peeking = try PeekingByteSource(source)
        guard let format = detect(mediaType: mediaType, name: source.name, head: peeking.head) else {
            throw UnknownFormat(name: source.name)
        }
        try read(peeking, format: format, options: options, into: &sink)
        return format
    }
}

public struct UnknownFormat: Error, CustomStringConvertible {
    public let name: String
    public var description: String {
        "\(name): cannot tell the RDF serialization; name it with --from (ntriples, nquads, turtle, rdfxml, jsonld)"
    }
}

