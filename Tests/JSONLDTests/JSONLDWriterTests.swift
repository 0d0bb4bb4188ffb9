import Foundation
import JSONLD
import RDF
import Testing
import TestSupport

/// The writer's flat expanded JSON-LD must read back, through our own JSON-LD reader (streaming and
/// whole-document), into an isomorphic graph.
@Suite struct JSONLDWriterTests {
    func roundTrip(_ triples: [Triple], streaming: Bool = true, maxChunk: Int? = nil) throws -> (text: String, back: [Triple]) {
        let out = MemoryByteOutput()
        var writer = JSONLDWriter(output: out)
        try writer.write(triples)
        let text = out.string
        var sink = QuadCollector()
        let source = maxChunk.map { MemoryByteSource(text, name: "written.jsonld", maxChunk: $0) } ?? MemoryByteSource(text, name: "written.jsonld")
        try JSONLDReader(options: JSONLDOptions(streaming: streaming)).read(from: source, into: &sink)
        return (text, sink.triples)
    }

    static let sample: [Triple] = {
        let s = Term.iri("http://example.org/ds/1")
        let b = Term.blank("n1")
        return [
            Triple(s, RDFVocab.type, .iri(NS.dcat.Dataset)),
            Triple(s, RDFVocab.type, .iri(IRI("http://example.org/Extra"))),
            Triple(s, NS.dct.title, .literal(Literal("Fietspaden \"2024\" \\ ✓", language: "nl"))),
            Triple(s, NS.dct.title, .literal(Literal("Cycle paths", language: "en"))),
            Triple(s, NS.dct.description, .literal(Literal("line\none\u{1}\ttab"))),
            Triple(s, NS.dct.modified, .literal(Literal("2024-01-31", datatype: XSD.date))),
            Triple(s, NS.dcat.distribution, b),
            Triple(b, NS.dcat.byteSize, .literal(Literal("0012", datatype: XSD.nonNegativeInteger))),
            Triple(b, RDFVocab.type, .literal(Literal("not an IRI"))),
            Triple(b, NS.dct.conformsTo, .literal(Literal("{\"b\":1, \"a\":2}", datatype: RDFVocab.json))),
            Triple(s, NS.dct.relation, .iri("http://example.org/ds/2")),
            // The subject comes back after another: a second node object.
            Triple(.iri("http://example.org/ds/2"), NS.dct.title, .literal(Literal("two"))),
            Triple(s, NS.dct.identifier, .literal(Literal("ds-1"))),
        ]
    }()

    @Test(arguments: [true, false]) func everyTermKindReadsBackIsomorphic(streaming: Bool) throws {
        let (text, back) = try roundTrip(Self.sample, streaming: streaming, maxChunk: 5)
        #expect(text.hasPrefix("["))
        #expect(Isomorphism.isomorphic(Self.sample, back), "got \(back)")
    }

    @Test func outputIsJSON() throws {
        let (text, _) = try roundTrip(Self.sample)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        // s, its distribution, s again, ds/2, s again: a subject that comes back gets another node object.
        #expect(parsed?.count == 5)
        #expect(parsed?.first?["@type"] as? [String] == [NS.dcat.Dataset.value, "http://example.org/Extra"])
    }

    @Test func emptyGraphIsAnEmptyArray() throws {
        let (text, back) = try roundTrip([])
        #expect(back.isEmpty)
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n]" || text.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    /// Every expected graph of the W3C Turtle suite, written and read back.
    @Test func w3cTurtleGraphsRoundTrip() throws {
        guard let folder = try SharedFolder.url("conformance/turtle") else { return }
        let tally = ConformanceTally(suite: "JSON-LD writer round trip")
        for entry in try RDFSuiteEntry.load(folder.appendingPathComponent("index.json")) where entry.isEval && !entry.isNegative {
            guard let result = entry.result else { continue }
            let expected = try readNQuads(folder.appendingPathComponent(result)).map(\.triple)
            do {
                let (_, back) = try roundTrip(expected)
                if Isomorphism.isomorphic(expected, back) { tally.pass() } else { tally.fail(entry.id, "graph differs") }
            } catch {
                tally.fail(entry.id, "\(error)")
            }
        }
        _ = tally.report()
        #expect(tally.failures.isEmpty)
        #expect(tally.passed > 100)
    }
}
