import DCAT
import Foundation
import GRDB
import RDF
import Testing
import TestSupport
@testable import CatalogStore

/// A record's subgraph and model stored as one blob.
@Suite struct RecordBodyTests {
    @Test func aStoredRecordKeepsItsSubgraphAndModelInOneBlob() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Bomen", format: "CSV", license: "http://creativecommons.org/publicdomain/zero/1.0/"))
        let current = try #require(try t.store.records(matching: "https://example.org/ds/a").first)
        let row = try #require(try t.store.read { db in try Row.fetchOne(db, sql: "SELECT model, subgraph FROM record_body") })
        let model: Data = row["model"], subgraph: Data = row["subgraph"]
        #expect(BlobCodec.dictionary(of: model) == .bodyV1)
        #expect(subgraph.isEmpty)
        let body = try RecordBody.unpack(model: model, subgraph: { Issue.record("the subgraph column was read"); return [] })
        #expect(body.triples == current.dataset.subgraph.triples)
        #expect(body.model == ModelJSON.encode(current.dataset, subgraph: PreparedRecord.noStatements))
        #expect(current.dataset.title.best() == "Bomen")
    }

    /// The model's text is matched against the subgraph's, so the blob is smaller than the two packed
    /// apart.
    @Test func packedTogetherIsSmallerThanApart() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Bomen langs de provinciale wegen", format: "CSV",
                                                          license: "http://creativecommons.org/publicdomain/zero/1.0/"))
        let d = try #require(try t.store.records(matching: "https://example.org/ds/a").first).dataset
        let table = SubgraphTable.encode(d.subgraph), model = ModelJSON.encode(d, subgraph: PreparedRecord.noStatements)
        let together = RecordBody.pack(subgraph: table, model: model, packer: BlobPacker())
        let apart = BlobCodec.pack(table, dictionary: .subgraphTableV1).count + BlobCodec.pack(model, dictionary: .modelV1).count
        #expect(together.count < apart)
    }

    /// A body whose table length runs past its bytes, or whose table is damaged, throws instead of reading
    /// out of bounds.
    @Test func damagedBodiesAreRefused() throws {
        let subgraph = Subgraph.canonical(SubgraphTableTests.mixed)
        let table = SubgraphTable.encode(subgraph), model = Array(#"{"iri":"https://example.org/ds/1"}"#.utf8)
        let good = RecordBody.pack(subgraph: table, model: model, packer: BlobPacker())
        let read = try RecordBody.unpack(model: good, subgraph: { [] })
        #expect(read.triples == subgraph.triples)
        #expect(read.model == model)

        let sink = ByteSink(capacity: 16)
        sink.appendNumber(table.count + model.count + 1)
        let tooLong = BlobCodec.pack(sink.bytes + table + model, dictionary: .bodyV1)
        #expect(throws: BlobError.self) { _ = try RecordBody.unpack(model: tooLong, subgraph: { [] }) }
        let sink2 = ByteSink(capacity: 16)
        sink2.appendNumber(table.count)
        let badTable = BlobCodec.pack(sink2.bytes + [9] + table.dropFirst() + model, dictionary: .bodyV1)
        #expect(throws: BlobError.self) { _ = try RecordBody.unpack(model: badTable, subgraph: { [] }) }
    }
}
