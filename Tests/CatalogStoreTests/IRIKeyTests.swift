@testable import CatalogStore
import GRDB
import Testing
import TestSupport

/// Records are found by a keyed hash of their IRI (schema v8); the IRI itself still decides.
@Suite struct IRIKeyTests {
    /// A record whose key equals another's (made so by hand: a real collision is one in 2^64) is neither
    /// found nor rewritten in its place. The impostor is written first, so it is the first row of the key.
    @Test func recordsSharingAKeyAreToldApartByTheirIRI() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("b", title: "Bomen"))
        let run = try t.store.startRun(source: "s")
        try t.store.writePage(source: "s", run: run, records: try Feed.records(Feed.dataset("a", title: "Fietspaden")))
        let a = "https://example.org/ds/a", b = "https://example.org/ds/b"
        let queue = try DatabaseQueue(path: t.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE record SET iri_key = (SELECT iri_key FROM record WHERE iri = ?) WHERE iri = ?",
                           arguments: [a, b])
        }
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(DISTINCT iri_key) FROM record") } == 1)

        #expect(try t.store.records(matching: a).map { $0.dataset.title.values.map(\.value) } == [["Fietspaden"]])
        let unchanged = try t.store.writePage(source: "s", run: run, records: try Feed.records(Feed.dataset("a", title: "Fietspaden")))
        #expect(unchanged.unchanged == 1 && unchanged.updated == 0 && unchanged.added == 0)
        let changed = try t.store.writePage(source: "s", run: run, records: try Feed.records(Feed.dataset("a", title: "Fietspaden in Ede")))
        #expect(changed.updated == 1 && changed.added == 0)
        let titles = try queue.read { db in try [String: String](uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT iri, title FROM record").map { ($0["iri"], $0["title"]) }) }
        #expect(titles == [a: "Fietspaden in Ede", b: "Bomen"])
    }

    /// Each file draws its own seed, so a key tells nothing about another file's keys, and the stored key
    /// of a record is the one its file's seed gives.
    @Test func everyFileHasItsOwnSeedAndStoresTheKeysItGives() throws {
        let one = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden")).0
        let two = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden")).0
        func seedAndKey(_ path: String) throws -> (Int64, Int64) {
            try DatabaseQueue(path: path).read { db in
                (try Int64.fetchOne(db, sql: "SELECT iri_key_seed FROM store_state")!,
                 try Int64.fetchOne(db, sql: "SELECT iri_key FROM record")!)
            }
        }
        let (seed1, key1) = try seedAndKey(one.path), (seed2, key2) = try seedAndKey(two.path)
        #expect(seed1 != 0 && seed2 != 0 && seed1 != seed2)
        #expect(key1 != key2)
        #expect(IRIKeys(seed: UInt64(bitPattern: seed1)).key("https://example.org/ds/a") == key1)
        #expect(IRIKeys(seed: UInt64(bitPattern: seed2)).key("https://example.org/ds/a") == key2)
    }

    /// No index holds (source, IRI) unique any more, so the consistency check used after crash tests does:
    /// a second row for a stored pair is reported, a clean file is not.
    @Test func theConsistencyCheckFindsAPairStoredTwice() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden"))
        #expect(try StoreConsistency.check(path: t.path) == [])
        try DatabaseQueue(path: t.path).write { db in
            try db.execute(sql: """
                INSERT INTO record (source_id, iri, iri_key, hash, title, score, rating)
                SELECT source_id, iri, iri_key, hash, title, score, rating FROM record
                """)
        }
        #expect(try StoreConsistency.check(path: t.path).contains("1 (source, IRI) pairs stored more than once"))
    }
}
