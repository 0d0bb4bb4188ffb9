import DCAT
import Foundation
import GRDB
import RDF
import RDFIO
import Testing
import TestSupport
@testable import CatalogStore

/// The stored form of a record's subgraph: its distinct terms once, its statements as numbers.
@Suite struct SubgraphTableTests {
    /// Every kind of term the table has a tag for, blank nodes on both sides, and text that N-Triples
    /// would have to escape.
    static let mixed: [Triple] = {
        let s = Term.iri(IRI("https://example.org/ds/1")), p = "http://example.org/p/"
        return [
            Triple(s, IRI(p + "iri"), .iri(IRI("https://example.org/o"))),
            Triple(s, IRI(p + "simple"), .literal(Literal("tab\there \"quoted\"\nnew line, ü, 🌳"))),
            Triple(s, IRI(p + "language"), .literal(Literal("Bomen", language: "nl"))),
            Triple(s, IRI(p + "typed"), .literal(Literal("2024-10-01", datatype: IRI("http://www.w3.org/2001/XMLSchema#date")))),
            Triple(s, IRI(p + "directional"), .literal(Literal("مرحبا", language: "ar", direction: "rtl"))),
            Triple(s, IRI(p + "empty"), .literal(Literal(""))),
            Triple(s, IRI(p + "blank"), .blank(BlankNode("x"))),
            Triple(.blank(BlankNode("x")), IRI(p + "name"), .literal(Literal("Kind"))),
            Triple(.blank(BlankNode("x")), IRI(p + "next"), .blank(BlankNode("y"))),
            Triple(.blank(BlankNode("y")), IRI(p + "name"), .literal(Literal(String(repeating: "long ", count: 60)))),
        ]
    }()

    @Test func decodesToTheCanonicalStatementsAndHash() throws {
        let subgraph = Subgraph.canonical(Self.mixed)
        let table = SubgraphTable.encode(subgraph)
        let decoded = try SubgraphTable.decode(table)
        #expect(decoded == subgraph.triples)
        #expect(Subgraph.canonical(decoded).hash == subgraph.hash)
        #expect(Subgraph.canonical(decoded).ntriples == subgraph.ntriples)
        // Each distinct term once: the subject, on seven statements, is in the table once.
        #expect(table.count < Array(subgraph.ntriples.utf8).count)
        let subjectBytes = Array("https://example.org/ds/1".utf8)
        #expect(occurrences(of: subjectBytes, in: table) == 1)
        #expect(try SubgraphTable.decode(SubgraphTable.encode(Subgraph.canonical([]))) == [])
    }

    @Test func damagedTablesThrowInsteadOfCrashing() throws {
        expectDamagedTablesRefused(SubgraphTable.encode(Subgraph.canonical(Self.mixed)), badVersion: 9) {
            _ = try SubgraphTable.decode($0)
        }
        // A statement naming a term past the table, a literal as subject, a blank node as predicate.
        let iri: [UInt8] = [0, 1, UInt8(ascii: "a")], literal: [UInt8] = [2, 1, UInt8(ascii: "b")]
        let blank: [UInt8] = [1, 1, UInt8(ascii: "c")]
        #expect(throws: BlobError.self) { _ = try SubgraphTable.decode([1, 1] + iri + [1, 0, 0, 1]) }
        #expect(throws: BlobError.self) { _ = try SubgraphTable.decode([1, 2] + iri + literal + [1, 1, 0, 0]) }
        #expect(throws: BlobError.self) { _ = try SubgraphTable.decode([1, 2] + iri + blank + [1, 0, 1, 0]) }
        #expect(throws: BlobError.self) { _ = try SubgraphTable.decode([1, 1, 7, 1, UInt8(ascii: "a"), 0]) }
        #expect(try SubgraphTable.decode([1, 1] + iri + [1, 0, 0, 0]).count == 1)
    }

    /// Every dataset of our fixtures and of the Turtle, RDF/XML and N-Triples samples comes back from the
    /// table as the statements and hash it was stored with.
    @Test func everyFixtureAndSampleSubgraphRoundTrips() throws {
        let (datasets, withSamples) = try SampleDatasets.all()
        for (path, d) in datasets {
            let table = SubgraphTable.encode(d.subgraph)
            let decoded = try SubgraphTable.decode(table)
            #expect(decoded == d.subgraph.triples, "\(path) \(d.iri)")
            #expect(Subgraph.canonical(decoded).hash == d.subgraph.hash, "\(path) \(d.iri)")
            // Taken as stored, with its hash: the same subgraph, without canonicalising it again.
            var reader = ByteReader(table)
            let stored = try SubgraphTable.decodeSubgraph(&reader, end: table.count, hash: d.subgraph.hash)
            #expect(stored == d.subgraph && stored.ntriples == d.subgraph.ntriples, "\(path) \(d.iri)")
        }
        let checked = datasets.count
        #expect(checked >= (withSamples ? 200 : 20))
    }

    /// Records stored by earlier versions keep their model and subgraph in two blobs: the subgraph as
    /// N-Triples (packed, or plain text before compression), or as a table packed with the N-Triples
    /// dictionary or its own; they read back to the same statements as a record stored today.
    @Test func subgraphsStoredAsNTriplesStillRead() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Bomen", format: "CSV", license: "http://creativecommons.org/publicdomain/zero/1.0/"))
        let current = try #require(try t.store.records(matching: "https://example.org/ds/a").first)
        let ntriples = current.dataset.subgraph.ntriples
        #expect(!ntriples.isEmpty)
        let model = BlobCodec.pack(try RecordBodyTests.legacyModelJSON(current.dataset), dictionary: .modelV1)
        let table = SubgraphTable.encode(current.dataset.subgraph)
        for legacy in [BlobCodec.pack(Array(ntriples.utf8), dictionary: .subgraphV1).databaseValue, ntriples.databaseValue,
                       BlobCodec.pack(table, dictionary: .subgraphTableWithNTriplesDictionary).databaseValue,
                       BlobCodec.pack(table, dictionary: .subgraphTableV1).databaseValue] {
            try t.store.write { db in
                try db.execute(sql: "UPDATE record_body SET model = ?, subgraph = ?", arguments: [model, legacy])
            }
            let read = try #require(try t.store.records(matching: "https://example.org/ds/a").first)
            #expect(read.dataset.subgraph.triples == current.dataset.subgraph.triples)
            #expect(read.dataset.subgraph.hash == current.dataset.subgraph.hash)
            #expect(read.subgraph == ntriples)
        }
    }

    private func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> Int {
        guard haystack.count >= needle.count else { return 0 }
        return (0...(haystack.count - needle.count)).filter { Array(haystack[$0..<($0 + needle.count)]) == needle }.count
    }
}
