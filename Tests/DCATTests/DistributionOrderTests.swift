import RDF
import Testing
@testable import DCAT

/// Distributions come out in IRI order whatever order the feed lists them in, each with its own values:
/// the mapper reorders them in place, and a wrong permutation would pair an IRI with another's title. The
/// listed order is one cycle of five (b c d e a), so the permutation differs from its inverse.
@Suite struct DistributionOrderTests {
    @Test func distributionsWithIRIsAreOrderedByIRIAndKeepTheirValues() throws {
        let turtle = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            <http://example.org/d> a dcat:Dataset ;
                dcat:distribution <http://example.org/dist/b>, <http://example.org/dist/c>, <http://example.org/dist/d>,
                    <http://example.org/dist/e>, <http://example.org/dist/a> .
            <http://example.org/dist/c> dct:title "c" ; dcat:accessURL <http://example.org/files/c> .
            <http://example.org/dist/a> dct:title "a" ; dcat:accessURL <http://example.org/files/a> .
            <http://example.org/dist/e> dct:title "e" ; dcat:accessURL <http://example.org/files/e> .
            <http://example.org/dist/b> dct:title "b" ; dcat:accessURL <http://example.org/files/b> .
            <http://example.org/dist/d> dct:title "d" ; dcat:accessURL <http://example.org/files/d> .
            """
        var graph = Graph()
        try TurtleReader().read(from: MemoryByteSource(turtle, name: "distributions.ttl"), into: &graph)
        let d = try DCATMapper(sourceID: "t").map(graph).require("http://example.org/d")
        let names = ["a", "b", "c", "d", "e"]
        #expect(d.distributions.map(\.iri) == names.map { "http://example.org/dist/" + $0 })
        #expect(d.distributions.map { $0.title.best() } == names)
        #expect(d.distributions.map(\.accessURLs) == names.map { ["http://example.org/files/" + $0] })
        #expect(!d.notes.contains { $0.kind == .duplicateRemoved })
    }
}
