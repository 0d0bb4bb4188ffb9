import DCAT
import Foundation
import GRDB
import RDF
import Testing
import TestSupport
@testable import CatalogStore

/// A record's subgraph and model stored as one blob.
@Suite struct RecordBodyTests {
    static func storedDataset() throws -> (TemporaryStore, Dataset) {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Bomen langs de provinciale wegen", format: "CSV",
                                                          license: "http://creativecommons.org/publicdomain/zero/1.0/"))
        return (t, try #require(try t.store.records(matching: "https://example.org/ds/a").first).dataset)
    }

    /// The model JSON earlier versions stored: what the model's `Codable` writes, with an empty subgraph.
    static func legacyModelJSON(_ d: Dataset) throws -> [UInt8] {
        var bare = d
        bare.subgraph = Subgraph.canonical([])
        return try CompactJSONEncoder().encode(bare)
    }

    /// The subgraph table's byte count, the table, then `model`: the body as `RecordBody` lays it out.
    static func body(_ d: Dataset, model: [UInt8], dictionary: BlobDictionary.ID) -> Data {
        let table = SubgraphTable.encode(d.subgraph)
        let sink = ByteSink(capacity: 16)
        sink.appendNumber(table.count)
        return BlobCodec.pack(sink.bytes + table + model, dictionary: dictionary)
    }

    @Test func aStoredRecordKeepsItsSubgraphAndModelInOneBlob() throws {
        let (t, stored) = try Self.storedDataset()
        let row = try #require(try t.store.read { db in try Row.fetchOne(db, sql: "SELECT model, subgraph FROM record_body") })
        let model: Data = row["model"], subgraph: Data = row["subgraph"]
        #expect(BlobCodec.dictionary(of: model) == .bodyV2)
        #expect(subgraph.isEmpty)
        let read = try RecordBody.decode(model: model, hash: stored.subgraph.hashHex,
                                         subgraph: { Issue.record("the subgraph column was read"); return [] }, json: JSONDecoder())
        #expect(read == stored)
        #expect(read.subgraph.hash == stored.subgraph.hash && read.subgraph.ntriples == stored.subgraph.ntriples)
        // Without the stored hash the subgraph is canonicalised again, to the same statements and hash.
        let canonicalised = try RecordBody.decode(model: model, hash: nil, subgraph: { [] }, json: JSONDecoder())
        #expect(canonicalised.subgraph.hash == stored.subgraph.hash)
        #expect(canonicalised.subgraph.triples == read.subgraph.triples)
        #expect(read.title.best() == "Bomen langs de provinciale wegen")
        #expect(!read.subgraph.triples.isEmpty)
    }

    /// The model's text is matched against the subgraph's, so the blob is smaller than the two packed
    /// apart as before.
    @Test func packedTogetherIsSmallerThanApart() throws {
        let (_, d) = try Self.storedDataset()
        let together = RecordBody.pack(d, packer: BlobPacker())
        let apart = BlobCodec.pack(SubgraphTable.encode(d.subgraph), dictionary: .subgraphTableV1).count
            + BlobCodec.pack(try Self.legacyModelJSON(d), dictionary: .modelV1).count
        #expect(together.count < apart)
    }

    /// Bodies with the model as JSON (dictionary id 7, one build of session 27) read as before.
    @Test func bodiesWithTheModelAsJSONStillRead() throws {
        let (_, d) = try Self.storedDataset()
        let json = Self.body(d, model: try Self.legacyModelJSON(d), dictionary: .bodyV1)
        #expect(try RecordBody.decode(model: json, hash: d.subgraph.hashHex, subgraph: { [] }, json: JSONDecoder()) == d)
    }

    /// A table length past the end, a damaged table or model, a model cut short: each throws instead of
    /// reading out of bounds or returning a different dataset.
    @Test func damagedBodiesAreRefused() throws {
        let (_, d) = try Self.storedDataset()
        let model = ModelTable.encode(d), table = SubgraphTable.encode(d.subgraph)
        #expect(try RecordBody.decode(model: Self.body(d, model: model, dictionary: .bodyV2), hash: d.subgraph.hashHex,
                                      subgraph: { [] }, json: JSONDecoder()) == d)
        let sink = ByteSink(capacity: 16)
        sink.appendNumber(table.count + model.count + 1)
        let damaged = [
            BlobCodec.pack(sink.bytes + table + model, dictionary: .bodyV2),
            Self.body(d, model: Array(model.dropLast()), dictionary: .bodyV2),
            Self.body(d, model: [9] + model.dropFirst(), dictionary: .bodyV2),
            Self.body(d, model: model + [0], dictionary: .bodyV2),
        ]
        for blob in damaged {
            #expect(throws: BlobError.self) {
                _ = try RecordBody.decode(model: blob, hash: d.subgraph.hashHex, subgraph: { [] }, json: JSONDecoder())
            }
        }
    }
}
