import JSONLD
import RDF
import RDFXML

/// The RDF serializations the server speaks, by media type and by file extension.
enum RDFOutput: String, CaseIterable, Sendable {
    case turtle, rdfXML, jsonLD, nTriples

    var mediaType: String {
        switch self {
        case .turtle: return "text/turtle"
        case .rdfXML: return "application/rdf+xml"
        case .jsonLD: return "application/ld+json"
        case .nTriples: return "application/n-triples"
        }
    }

    var fileExtension: String {
        switch self {
        case .turtle: return "ttl"
        case .rdfXML: return "rdf"
        case .jsonLD: return "jsonld"
        case .nTriples: return "nt"
        }
    }

    /// `Content-Type` with the charset where the media type has one.
    var contentType: String {
        switch self {
        case .turtle, .nTriples: return mediaType + "; charset=utf-8"
        default: return mediaType
        }
    }

    init?(mediaType: String) {
        guard let f = RDFOutput.allCases.first(where: { $0.mediaType == mediaType }) else { return nil }
        self = f
    }

    init?(fileExtension: String) {
        guard let f = RDFOutput.allCases.first(where: { $0.fileExtension == fileExtension }) else { return nil }
        self = f
    }

    static let mediaTypes = allCases.map(\.mediaType)

    /// Serializes the statements. Turtle nests blank nodes and needs the whole graph; the others stream,
    /// and get the statements grouped by subject so each subject is written once.
    func write(_ triples: [Triple], prefixes: [(String, IRI)] = TurtleWriter.defaultPrefixes) throws -> [UInt8] {
        let out = MemoryByteOutput()
        switch self {
        case .turtle:
            try TurtleWriter(prefixes: prefixes).write(triples, to: out)
        case .nTriples:
            var w = NTriplesWriter(output: out)
            for t in triples { try w.add(t) }
            out.flush()
        case .rdfXML:
            var w = RDFXMLWriter(output: out, prefixes: prefixes)
            try w.write(Self.groupedBySubject(triples))
        case .jsonLD:
            var w = JSONLDWriter(output: out)
            try w.write(Self.groupedBySubject(triples))
        }
        return out.bytes
    }

    /// The statements with each subject's together, subjects in first-seen order (stable within a subject).
    static func groupedBySubject(_ triples: [Triple]) -> [Triple] {
        var order: [Term] = []
        var bySubject: [Term: [Triple]] = [:]
        for t in triples {
            if bySubject[t.subject] == nil { order.append(t.subject) }
            bySubject[t.subject, default: []].append(t)
        }
        return order.flatMap { bySubject[$0] ?? [] }
    }
}
