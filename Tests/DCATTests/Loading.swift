import Foundation
import JSONLD
import RDF
import RDFXML
import TestSupport
@testable import DCAT

/// Reads test documents with the project's own readers (never rapper, never our own parsing).
enum Load {
    enum Format: String { case ntriples = "nt", turtle = "ttl", rdfxml = "rdf", jsonld = "jsonld" }

    static let availableFormats: [Format] = [.ntriples, .turtle, .rdfxml, .jsonld]

    static func format(of path: String) -> Format? {
        let ext = (path as NSString).pathExtension
        return ext == "json" ? .jsonld : Format(rawValue: ext)
    }

    /// Remote JSON-LD contexts the samples use that have a local copy in samples/jsonld/contexts/.
    static func contextLoader() throws -> DocumentLoader {
        guard let dir = try SharedFolder.url("specs/samples/jsonld/contexts")?.path else { return NoNetworkLoader() }
        let bblock = "https://geonovum.github.io/bblock-dcat-ap-nl/build/annotated/bbr/dcat/dcat-ap-nl/"
        return PrefixMappingLoader([
            (bblock + "dataservice-records/context.jsonld", dir + "/bblock-dcat-ap-nl-dataservice-records-context.jsonld"),
            (bblock + "dataset-records/context.jsonld", dir + "/bblock-dcat-ap-nl-dataset-records-context.jsonld"),
            ("https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld",
             dir + "/semic-dcat-ap-3.0.1-examples-context.jsonld"),
        ])
    }

    static func graph(_ path: String, base: String? = nil) throws -> Graph {
        var g = Graph()
        let source = try FileByteSource(path: path)
        // A base for documents with relative references: the file's own URL.
        let base = base ?? URL(fileURLWithPath: path).absoluteString
        switch format(of: path) {
        case .ntriples?: try NTriplesReader().read(from: source, into: &g)
        case .turtle?: try TurtleReader(base: base).read(from: source, into: &g)
        case .rdfxml?: try RDFXMLReader(base: base).read(from: source, into: &g)
        case .jsonld?: try JSONLDReader(documentUrl: base, loader: contextLoader()).read(from: source, into: &g)
        default: throw Unsupported(path: path)
        }
        return g
    }

    struct Unsupported: Error { let path: String }

    static func map(_ path: String, source: String = "test") throws -> DCATMappingResult {
        DCATMapper(sourceID: source).map(try graph(path))
    }

    /// `../shared/specs/samples/<relative>`, nil (skip) when ../shared is absent outside CI.
    static func sample(_ relative: String) throws -> String? {
        try SharedFolder.url("specs/samples/" + relative)?.path
    }

    static func fixture(_ name: String) -> String {
        SharedFolder.packageRoot.appendingPathComponent("fixtures/dcat/" + name).path
    }
}

extension DCATMappingResult {
    func require(_ iri: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Dataset {
        try #require(dataset(iri), "no dataset \(iri)", sourceLocation: sourceLocation)
    }
}

import Testing
