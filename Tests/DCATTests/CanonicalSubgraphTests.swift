import Foundation
import RDF
import Testing
import TestSupport
@testable import DCAT

/// The mapper canonicalises each record's subgraph on term ids; a stored subgraph is checked on decoding by
/// `Subgraph.canonical(_:)` on its triples. Both must give the same triples, labels and hash.
@Suite struct CanonicalSubgraphTests {
    /// The triples of a record as the mapper collects them, canonicalised by the Term-level function.
    static func termLevel(_ session: MappingSession, _ root: Term) -> Subgraph {
        guard let id = session.graph.id(of: root) else { return Subgraph() }
        return Subgraph.canonical(session.collect(id).map { session.graph.triple(ids: $0.s, $0.p, $0.o) })
    }

    func check(_ graph: Graph, _ result: DCATMappingResult, _ label: String) {
        let session = MappingSession(graph: graph, sourceID: "t")
        for iri in result.datasets.map(\.iri) + result.catalogs.map(\.iri) {
            if let id = graph.id(of: .iri(IRI(iri))) { session.index.markRoot(id) }
        }
        for d in result.datasets {
            let again = Subgraph.canonical(d.subgraph.triples)
            #expect(again == d.subgraph, "\(label): \(d.iri) does not canonicalise to itself")
            if !d.isSkolemized {
                #expect(Self.termLevel(session, .iri(IRI(d.iri))) == d.subgraph, "\(label): \(d.iri) differs from the Term-level hash")
            }
        }
    }

    @Test func blankNodeShapesGiveTheTermLevelHash() throws {
        // Interchangeable blank nodes, a shared blank licence, a cycle, a blank node pointing at itself.
        let doc = """
        <http://ex.org/ds> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .
        <http://ex.org/ds> <http://purl.org/dc/terms/title> "Bomen"@nl .
        <http://ex.org/ds> <http://www.w3.org/ns/dcat#distribution> _:d1 .
        <http://ex.org/ds> <http://www.w3.org/ns/dcat#distribution> _:d2 .
        _:d1 <http://www.w3.org/ns/dcat#accessURL> <http://ex.org/a.csv> .
        _:d1 <http://purl.org/dc/terms/license> _:lic .
        _:d2 <http://www.w3.org/ns/dcat#accessURL> <http://ex.org/a.csv> .
        _:d2 <http://purl.org/dc/terms/license> _:lic .
        _:lic <http://www.w3.org/2000/01/rdf-schema#label> "CC0" .
        <http://ex.org/ds> <http://www.w3.org/ns/dcat#keyword> _:k1 .
        <http://ex.org/ds> <http://www.w3.org/ns/dcat#keyword> _:k2 .
        _:k1 <http://www.w3.org/2000/01/rdf-schema#label> "same" .
        _:k2 <http://www.w3.org/2000/01/rdf-schema#label> "same" .
        _:k1 <http://www.w3.org/2000/01/rdf-schema#seeAlso> _:k2 .
        _:k2 <http://www.w3.org/2000/01/rdf-schema#seeAlso> _:k1 .
        _:k1 <http://www.w3.org/2000/01/rdf-schema#member> _:k1 .
        <http://ex.org/ds> <http://purl.org/dc/terms/temporal> _:t .
        _:t <http://www.w3.org/ns/dcat#startDate> "2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .

        """
        let graph = Graph(try NTriplesReader().read(doc).map(\.triple))
        let result = DCATMapper().map(graph)
        #expect(result.datasets.count == 1)
        #expect(result.datasets.first?.subgraph.tripleCount == 18)
        check(graph, result, "hand-made")
    }

    @Test(arguments: ["nl30-catalog.ttl", "donl11-catalog.rdf", "donl-legacy-export.jsonld"])
    func fixturesGiveTheTermLevelHash(_ name: String) throws {
        let graph = try Load.graph(Load.fixture(name))
        check(graph, DCATMapper().map(graph), name)
    }

    @Test func ckanSampleGivesTheTermLevelHash() throws {
        guard let path = try Load.sample("rdfxml/ckan-demockanorg-page1.rdf") else { return }
        let graph = try Load.graph(path)
        let result = DCATMapper().map(graph)
        #expect(result.datasets.count == 100)
        check(graph, result, "ckan")
    }

    /// A mapped record refers to the terms of the graph it came from; it must read the same once that
    /// graph is gone, write the same N-Triples as its triples, and equal the same statements held in a
    /// term table of its own.
    @Test func mappedStatementsOutliveTheirGraphAndWriteAsTheirTriples() throws {
        let doc = #"""
        <http://ex.org/ds> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .
        <http://ex.org/ds> <http://purl.org/dc/terms/title> "Bomen \\ \"lanen\""@nl .
        <http://ex.org/ds> <http://www.w3.org/ns/dcat#distribution> _:d .
        _:d <http://www.w3.org/ns/dcat#accessURL> <http://ex.org/a.csv> .
        _:d <http://purl.org/dc/terms/issued> "2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .

        """#
        var subgraph: Subgraph? = nil
        do {
            let graph = Graph(try NTriplesReader().read(doc).map(\.triple))
            subgraph = DCATMapper().map(graph).datasets.first?.subgraph
        }
        let mapped = try #require(subgraph)
        let triples = mapped.triples
        #expect(triples.count == 5)
        #expect(triples.contains { $0.object == .literal(Literal(#"Bomen \ "lanen""#, language: "nl")) })
        let blankSubjects = triples.compactMap { t -> String? in
            if case .blank(let b) = t.subject { return b.id }
            return nil
        }
        #expect(blankSubjects.count == 2 && blankSubjects.allSatisfy { $0.hasPrefix("c") && $0.count == 17 })
        var fromTriples: [UInt8] = []
        for t in triples { NTriplesWriter.appendLine(t, to: &fromTriples) }
        #expect(mapped.ntriples == String(decoding: fromTriples, as: UTF8.self))
        let tabled = Subgraph.canonical(triples)
        #expect(tabled == mapped)
        #expect(tabled.hash == mapped.hash)
        #expect(Set([tabled, mapped]).count == 1)
        var other = Subgraph.canonical(Array(triples.dropLast()))
        #expect(other != mapped)
        other = Subgraph()
        #expect(other != mapped)
    }
}
