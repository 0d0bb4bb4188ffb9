import Foundation
import RDF
import Testing
@testable import DCAT

/// The canonical subgraph hash ignores blank node labels and statement order, and sees every change.
@Suite struct HashStabilityTests {
    static let document = """
    <http://ex.org/ds> <http://purl.org/dc/terms/title> "Bomen"@nl .
    <http://ex.org/ds> <http://www.w3.org/ns/dcat#contactPoint> _:cp .
    _:cp <http://www.w3.org/2006/vcard/ns#fn> "Team Groen" .
    _:cp <http://www.w3.org/2006/vcard/ns#hasEmail> <mailto:groen@ex.org> .
    <http://ex.org/ds> <http://www.w3.org/ns/dcat#distribution> _:d1 .
    <http://ex.org/ds> <http://www.w3.org/ns/dcat#distribution> _:d2 .
    _:d1 <http://www.w3.org/ns/dcat#accessURL> <http://ex.org/a.csv> .
    _:d1 <http://purl.org/dc/terms/license> _:lic .
    _:d2 <http://www.w3.org/ns/dcat#accessURL> <http://ex.org/b.csv> .
    _:d2 <http://purl.org/dc/terms/license> _:lic .
    _:lic <http://www.w3.org/2000/01/rdf-schema#label> "CC0" .
    <http://ex.org/ds> <http://www.w3.org/ns/dcat#keyword> _:k1 .
    <http://ex.org/ds> <http://www.w3.org/ns/dcat#keyword> _:k2 .
    _:k1 <http://www.w3.org/2000/01/rdf-schema#label> "same" .
    _:k2 <http://www.w3.org/2000/01/rdf-schema#label> "same" .

    """

    func triples(_ text: String) throws -> [Triple] { try NTriplesReader().read(text).map(\.triple) }

    /// The same statements with every blank node renamed.
    func relabel(_ text: String) -> String {
        var t = text
        for (old, new) in [("_:cp", "_:zz9"), ("_:d1", "_:x"), ("_:d2", "_:a0"), ("_:lic", "_:L"), ("_:k1", "_:k2tmp"),
                           ("_:k2 ", "_:k1 "), ("_:k2tmp", "_:k2")] {
            t = t.replacingOccurrences(of: old, with: new)
        }
        return t
    }

    @Test func relabelledAndReorderedGiveTheSameHash() throws {
        let base = Subgraph.canonical(try triples(Self.document))
        let relabelled = Subgraph.canonical(try triples(relabel(Self.document)))
        var shuffled = try triples(relabel(Self.document))
        var rng = SystemRandomNumberGenerator()
        shuffled.shuffle(using: &rng)
        let reordered = Subgraph.canonical(shuffled)
        #expect(base.hash == relabelled.hash)
        #expect(base.hash == reordered.hash)
        #expect(base.triples == reordered.triples)
        #expect(base.ntriples == relabelled.ntriples)
        #expect(base.tripleCount == 15)
        // The canonical text is itself a valid graph, isomorphic to the input.
        #expect(Isomorphism.isomorphic(base.triples, try triples(Self.document)))
    }

    @Test func everyChangedStatementChangesTheHash() throws {
        let base = Subgraph.canonical(try triples(Self.document)).hash
        let edits: [(String, String)] = [
            ("\"Bomen\"@nl", "\"Bomen \"@nl"),          // one character
            ("\"Bomen\"@nl", "\"Bomen\"@en"),           // language
            ("\"Bomen\"@nl", "\"Bomen\""),              // tag dropped
            ("\"CC0\"", "\"CC0\"^^<http://www.w3.org/2001/XMLSchema#token>"),  // datatype
            ("<http://ex.org/b.csv>", "<http://ex.org/c.csv>"),  // IRI
            ("_:d2 <http://purl.org/dc/terms/license> _:lic", "_:d2 <http://purl.org/dc/terms/license> _:lic2"),  // sharing
        ]
        var seen: Set<UInt64> = [base]
        for (old, new) in edits {
            let edited = Self.document.replacingOccurrences(of: old, with: new)
            #expect(edited != Self.document)
            let h = Subgraph.canonical(try triples(edited)).hash
            #expect(h != base, "\(old) -> \(new)")
            seen.insert(h)
        }
        #expect(seen.count == edits.count + 1)
        // A statement more or less changes it too.
        let fewer = try triples(Self.document).dropLast()
        #expect(Subgraph.canonical(Array(fewer)).hash != base)
    }

    @Test func hashIsStableAcrossProcesses() throws {
        // A fixed value: the hash is stored, so it must never depend on the process or the platform.
        let h = Subgraph.canonical(try triples("<http://ex.org/s> <http://ex.org/p> \"o\" .\n"))
        #expect(h.hashHex == Subgraph.canonical(try triples("<http://ex.org/s> <http://ex.org/p> \"o\" .\n")).hashHex)
        #expect(h.hashHex.count == 16)
        #expect(h.hashHex == "bd373cea80a228bc")
    }

    /// Mapping the same dataset from a graph with other datasets around it gives the same hash.
    @Test func datasetHashIgnoresItsNeighbours() throws {
        let one = """
        <http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .
        <http://ex.org/a> <http://purl.org/dc/terms/title> "A" .
        <http://ex.org/a> <http://purl.org/dc/terms/temporal> _:p .
        _:p <http://www.w3.org/ns/dcat#startDate> "2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .

        """
        let two = one + """
        <http://ex.org/b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .
        <http://ex.org/b> <http://purl.org/dc/terms/title> "B" .
        <http://ex.org/b> <http://purl.org/dc/terms/temporal> _:q .
        _:q <http://www.w3.org/ns/dcat#startDate> "2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .

        """
        let a1 = try #require(DCATMapper().map(Graph(try triples(one))).dataset("http://ex.org/a"))
        let a2 = try #require(DCATMapper().map(Graph(try triples(two))).dataset("http://ex.org/a"))
        #expect(a1.subgraph.hash == a2.subgraph.hash)
        #expect(a1.subgraph.tripleCount == 4)
    }
}
