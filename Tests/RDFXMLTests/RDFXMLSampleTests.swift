import Foundation
import RDF
import RDFXML
import Testing
import TestSupport

/// Real-world RDF/XML from the specs samples folder (see ../shared/specs/SOURCES.md).
@Suite struct RDFXMLSampleTests {
    static let invalidSample = "geonetwork-sig-oreme-INVALID-theme-literal.rdf"

    private func read(_ path: String, base: String) throws -> [Quad] {
        var sink = QuadCollector()
        try RDFXMLReader(base: base).read(from: FileByteSource(path: path), into: &sink)
        return sink.quads
    }

    @Test func everySampleParses() throws {
        guard let folder = try SharedFolder.url("specs/samples/rdfxml") else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".rdf") }.sorted()
        #expect(files.count >= 12)
        for file in files where file != Self.invalidSample {
            let quads = try read(folder.appendingPathComponent(file).path, base: "http://example.org/\(file)")
            #expect(!quads.isEmpty, "\(file) gave no triples")
        }
    }

    /// The GeoNetwork page is well-formed XML, but its dcat:theme elements carry both rdf:resource and
    /// text, which the RDF/XML grammar forbids: the grammar error must name the first such line.
    @Test func invalidSampleFailsWithPosition() throws {
        guard let folder = try SharedFolder.url("specs/samples/rdfxml") else { return }
        let path = folder.appendingPathComponent(Self.invalidSample).path
        do {
            _ = try read(path, base: "http://example.org/")
            Issue.record("\(Self.invalidSample) parsed without error")
        } catch let error as RDFSyntaxError {
            #expect(error.source == path)
            #expect(error.line == 18)
            #expect(error.column > 0)
            #expect(error.message.contains("must be empty"), "\(error)")
            #expect(error.message.contains("Environmental monitoring facilities"))
        }
    }

    @Test func knownTripleCounts() throws {
        guard let folder = try SharedFolder.url("specs/samples/rdfxml") else { return }
        // Distinct triples, as rdflib counts them (SOURCES.md "parse check").
        let expected = [
            "ckan-demockanorg-page1.rdf": 1794, "ckanext-dcatde-catalog-endpoint-hydra.rdf": 391,
            "semic-validator-sample-dcat-ap-1.1.rdf": 59, "dcat-ap-de-full-example-hamburg.rdf": 233,
            "geonetwork-sig-oreme-catalog.rdf": 45,
        ]
        for (file, count) in expected {
            let quads = try read(folder.appendingPathComponent(file).path, base: "http://example.org/\(file)")
            #expect(Set(quads).count == count, "\(file)")
        }
    }

    /// demo.ckan.org served the same page as catalog.rdf and catalog.ttl; the graphs agree once the
    /// hydra page URLs name the same file.
    @Test func ckanTwinMatchesTurtle() throws {
        guard let samples = try SharedFolder.url("specs/samples") else { return }
        let rdf = try read(samples.appendingPathComponent("rdfxml/ckan-demockanorg-page1.rdf").path,
                           base: "http://demo.ckan.org/catalog.rdf")
        var sink = QuadCollector()
        try TurtleReader(base: "http://demo.ckan.org/catalog.ttl")
            .read(from: FileByteSource(path: samples.appendingPathComponent("turtle/ckan-demockanorg-page1.ttl").path), into: &sink)
        let normalized = rdf.map { q in
            Quad(Triple(Self.pageURL(q.triple.subject), q.triple.predicate, Self.pageURL(q.triple.object)))
        }
        #expect(normalized.count == 1794)
        #expect(Isomorphism.isomorphic(normalized, sink.quads))
    }

    private static func pageURL(_ term: Term) -> Term {
        switch term {
        case .iri(let i) where i.value.contains("catalog.rdf?"):
            return .iri(IRI(i.value.replacingOccurrences(of: "catalog.rdf?", with: "catalog.ttl?")))
        case .literal(let l) where l.lexical.contains("catalog.rdf?"):
            return .literal(Literal(l.lexical.replacingOccurrences(of: "catalog.rdf?", with: "catalog.ttl?"), datatype: l.datatype))
        default:
            return term
        }
    }
}
