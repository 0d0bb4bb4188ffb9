@testable import CatalogStore
import Foundation
import GRDB
import Testing

@Suite struct MigrationTests {
    /// The schema a file of any earlier version migrates to.
    static let current = "v11-without-score-index"

    /// The names of `record`'s indexes in the file at `path`.
    static func indexes(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in try db.indexes(on: "record").map(\.name).sorted() }
    }

    @Test func emptyFileGetsEveryMigration() throws {
        let t = try TemporaryStore()
        #expect(try t.store.schemaVersions() == ["v1-catalog", "v2-harvest-pages", "v3-live-records", "v4-record-bodies", "v5-fts-without-prefix-index",
                                                        "v6-without-iri-index", "v7-without-modified-index", "v8-iri-keys",
                                                        "v9-fts-automerge-16", "v10-rating-and-source-from-record",
                                                        "v11-without-score-index"])
    }

    /// A file written by the first schema keeps its records and gains the harvester's columns.
    @Test func firstSchemaMigratesForwardKeepingRecords() throws {
        let old = try TemporaryStore(schemaVersion: "v1-catalog")
        #expect(try old.store.schemaVersions() == ["v1-catalog"])
        // Written with plain SQL: the v1 writer no longer exists, its file format does.
        let queue = try DatabaseQueue(path: old.path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO source (id) VALUES ('s')")
            try db.execute(sql: """
                INSERT INTO record (id, source_id, iri, hash, title, model, subgraph, score, rating)
                VALUES (1, 's', 'https://example.org/ds/a', '00000000000000aa', 'Fietspaden', '{}', '', 10, 'bad')
                """)
        }
        try queue.close()
        let reopened = try CatalogStore(path: old.path)
        #expect(try reopened.schemaVersions() == ["v1-catalog", "v2-harvest-pages", "v3-live-records", "v4-record-bodies", "v5-fts-without-prefix-index",
                                                        "v6-without-iri-index", "v7-without-modified-index", "v8-iri-keys",
                                                        "v9-fts-automerge-16", "v10-rating-and-source-from-record",
                                                        "v11-without-score-index"])
        let check = try DatabaseQueue(path: old.path)
        let kept = try check.read { db in
            try Row.fetchOne(db, sql: "SELECT iri, hash, page_url FROM record WHERE id = 1")
        }
        #expect(kept?["iri"] == "https://example.org/ds/a")
        #expect(kept?["hash"] == "00000000000000aa")
        #expect((kept?["page_url"] as String?) == nil)
        #expect(try check.read { db in try db.tableExists("page_validator") })
    }

    /// A file of the second schema gains the live-record index and keeps its records.
    @Test func secondSchemaMigratesForward() throws {
        let old = try LegacyFile.make(schemaVersion: "v2-harvest-pages", turtle: Feed.dataset("a", title: "Fietspaden"))
        let reopened = try CatalogStore(path: old.path)
        #expect(try reopened.schemaVersions().last == Self.current)
        #expect(try reopened.search(SearchRequest(text: "fietspad")).total == 1)
        let queue = try DatabaseQueue(path: old.path)
        #expect(try queue.read { db in try db.indexes(on: "record").contains { $0.name == "record_live" } })
    }

    /// A file of the third schema: the blobs move to `record_body`, and the record reads back whole.
    @Test func thirdSchemaMovesBodiesOutOfTheRecordRow() throws {
        let records = try Feed.records(Feed.dataset("a", title: "Fietspaden"))
        let old = try LegacyFile.make(schemaVersion: "v3-live-records", turtle: Feed.dataset("a", title: "Fietspaden"))
        let before = try DatabaseQueue(path: old.path)
        let blobs = try before.read { db in try Row.fetchOne(db, sql: "SELECT id, model, subgraph FROM record") }
        try before.close()

        let reopened = try CatalogStore(path: old.path)
        #expect(try reopened.schemaVersions().last == Self.current)
        let stored = try #require(try reopened.records(matching: records[0].dataset.iri).first)
        #expect(stored.dataset.title == records[0].dataset.title)
        #expect(stored.hash == records[0].dataset.subgraph.hashHex)
        let check = try DatabaseQueue(path: old.path)
        try check.read { db in
            let columns = try db.columns(in: "record").map(\.name)
            #expect(!columns.contains("model") && !columns.contains("subgraph"))
            let moved = try Row.fetchOne(db, sql: "SELECT record_id, model, subgraph FROM record_body")
            #expect(moved?["record_id"] as Int64? == blobs?["id"])
            #expect(moved?["model"] as Data? == blobs?["model"])
            #expect(moved?["subgraph"] as Data? == blobs?["subgraph"])
        }
    }

    /// A file of the fourth schema: the full-text rows move to a table without prefix indexes, keep their
    /// rowids (record ids) and are found as before, prefix queries of two and three letters included.
    @Test func fourthSchemaDropsThePrefixIndexesKeepingTheSearchRows() throws {
        let feed = Feed.dataset("a", title: "Fietspaden in Utrecht") + Feed.dataset("b", title: "Bomen", keywords: ["boomkroon"])
        let old = try LegacyFile.make(schemaVersion: "v4-record-bodies", turtle: feed)
        func searchRows(_ path: String) throws -> [String] {
            try DatabaseQueue(path: path).read { db in
                try Row.fetchAll(db, sql: "SELECT rowid, * FROM record_fts ORDER BY rowid").map(\.description)
            }
        }
        func definition(_ path: String) throws -> String? {
            try DatabaseQueue(path: path).read { db in
                try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'record_fts'")
            }
        }
        let before = try searchRows(old.path)
        #expect(before.count == 2)
        #expect(try definition(old.path)?.contains("prefix") == true)

        let reopened = try CatalogStore(path: old.path)
        #expect(try reopened.schemaVersions().last == Self.current)
        #expect(try searchRows(old.path) == before)
        #expect(try definition(old.path)?.contains("prefix") == false)
        #expect(try reopened.search(SearchRequest(text: "fietspad")).total == 1)
        #expect(try reopened.search(SearchRequest(text: "bo*")).total == 1)
        #expect(try reopened.search(SearchRequest(text: "fie*")).total == 1)
        let shadowTables = try DatabaseQueue(path: old.path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'record_fts%' ORDER BY name")
        }
        #expect(shadowTables == ["record_fts", "record_fts_config", "record_fts_content", "record_fts_data",
                                 "record_fts_docsize", "record_fts_idx"])
    }

    /// A file of the fifth schema loses the second IRI index; a record is still found by its IRI, in each
    /// source that holds it, through the unique (source, IRI) index instead of a scan.
    @Test func fifthSchemaDropsTheIRIIndexAndStillFindsRecordsByIRI() throws {
        let feed = Feed.dataset("a", title: "Fietspaden") + Feed.dataset("b", title: "Bomen")
        let old = try LegacyFile.make(schemaVersion: "v5-fts-without-prefix-index", turtle: feed)
        #expect(try Self.indexes(old.path).contains("record_by_iri"))

        let reopened = try CatalogStore(path: old.path)
        #expect(try reopened.schemaVersions().last == Self.current)
        #expect(try !Self.indexes(old.path).contains("record_by_iri"))
        let iri = "https://example.org/ds/b"
        #expect(try reopened.records(matching: iri).map { $0.dataset.title.values.map(\.value) } == [["Bomen"]])
        try reopened.register(SourceInfo(id: "t"))
        try reopened.writePage(source: "t", run: try reopened.startRun(source: "t"), records: try Feed.records(Feed.dataset("b", title: "Bomen in t")))
        #expect(try reopened.records(matching: iri).map(\.source) == ["s", "t"])
    }

    /// A file of the sixth schema loses the index on modification dates; sorting by date and filtering on
    /// it give the same answers as before, with facets counted and without.
    @Test func sixthSchemaDropsTheModifiedIndexAndStillSortsAndFiltersByDate() throws {
        let feed = Feed.dataset("old", title: "Fietspaden", modified: "2019-05-01")
            + Feed.dataset("new", title: "Fietsroutes", modified: "2024-02-29")
            + Feed.dataset("mid", title: "Fietsenstallingen", modified: "2022-11-30")
            + Feed.dataset("none", title: "Fietskaart")
        let old = try LegacyFile.make(schemaVersion: "v6-without-iri-index", turtle: feed)
        #expect(try Self.indexes(old.path).contains("record_by_modified"))

        let reopened = try CatalogStore(path: old.path)
        #expect(try reopened.schemaVersions().last == Self.current)
        #expect(try !Self.indexes(old.path).contains("record_by_modified"))
        for facets in [true, false] {
            var byDate = SearchRequest()
            byDate.sort = .modified
            byDate.facets = facets
            #expect(try reopened.search(byDate).hits.map(\.iri) == ["new", "mid", "old", "none"].map { "https://example.org/ds/\($0)" })
            var since = SearchRequest(text: "fiets*")
            since.modifiedSince = "2022-01-01"
            since.facets = facets
            #expect(try reopened.search(since).hits.map(\.iri).sorted() == ["mid", "new"].map { "https://example.org/ds/\($0)" })
        }
    }

    /// A file of the seventh schema gets IRI keys: `record` is made again without its unique (source, IRI)
    /// index, every row and id kept (the full-text rows and child tables still point at them), each row
    /// keyed with the file's new seed; records are found by IRI, and writing one again updates it.
    @Test func seventhSchemaKeysRecordsByIRIKeepingEveryRow() throws {
        let feed = Feed.dataset("a", title: "Fietspaden", theme: "TRAN", format: "CSV") + Feed.dataset("b", title: "Bomen")
        let old = try LegacyFile.make(schemaVersion: "v7-without-modified-index", turtle: feed)
        func rows(_ path: String, _ sql: String) throws -> [String] {
            try DatabaseQueue(path: path).read { db in try Row.fetchAll(db, sql: sql).map(\.description) }
        }
        let recordColumns = "id, source_id, iri, hash, title, publisher, modified, first_seen_run, last_seen_run, changed_run, withdrawn_at, score, rating, page_url"
        // The rating and source links go later, in v10 (`ninthSchemaReadsRatingAndSourceFromTheRecordRow`).
        let childIDs = """
            SELECT record_id FROM record_body UNION ALL SELECT record_id FROM score UNION ALL
            SELECT record_id FROM distribution UNION ALL SELECT rowid FROM record_fts UNION ALL
            SELECT record_id FROM record_facet WHERE value_id IN (SELECT id FROM facet_value WHERE facet NOT IN ('rating', 'source'))
            """
        let before = try rows(old.path, "SELECT \(recordColumns) FROM record ORDER BY id")
        let children = try rows(old.path, childIDs)
        #expect(before.count == 2)
        #expect(try DatabaseQueue(path: old.path).read { db in try db.indexes(on: "record").contains { $0.isUnique } })

        let reopened = try CatalogStore(path: old.path)
        #expect(try reopened.schemaVersions().last == Self.current)
        #expect(try rows(old.path, "SELECT \(recordColumns) FROM record ORDER BY id") == before)
        #expect(try rows(old.path, childIDs) == children)
        try DatabaseQueue(path: old.path).read { db in
            let indexes = try db.indexes(on: "record")
            #expect(!indexes.contains { $0.isUnique })
            #expect(Set(indexes.map(\.name)) == ["record_by_iri_key", "record_by_page", "record_live"])
            let seed = try #require(try Int64.fetchOne(db, sql: "SELECT iri_key_seed FROM store_state"))
            #expect(seed != 0)
            for row in try Row.fetchAll(db, sql: "SELECT iri, iri_key FROM record") {
                #expect(IRIKeys(seed: UInt64(bitPattern: seed)).key(row["iri"]) == row["iri_key"] as Int64)
            }
            #expect(try Array(db.foreignKeyViolations()).isEmpty)
        }
        #expect(try reopened.records(matching: "https://example.org/ds/b").map { $0.dataset.title.values.map(\.value) } == [["Bomen"]])
        #expect(try reopened.search(SearchRequest(text: "fietspad")).total == 1)
        let run = try reopened.startRun(source: "s")
        let counts = try reopened.writePage(source: "s", run: run, records: try Feed.records(Feed.dataset("b", title: "Bomen in Ede")))
        #expect(counts.updated == 1 && counts.added == 0)
        #expect(try reopened.recordCount() == 2)
    }

    /// A file of the eighth schema merges its full-text segments 16 at a time, and its search rows stay.
    @Test func eighthSchemaMergesFullTextSegmentsSixteenAtATime() throws {
        let old = try LegacyFile.make(schemaVersion: "v8-iri-keys", turtle: Feed.dataset("a", title: "Fietspaden"))
        func automerge(_ path: String) throws -> Int? {
            try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT v FROM record_fts_config WHERE k = 'automerge'") }
        }
        #expect(try automerge(old.path) == nil)  // FTS5's default, 4
        let reopened = try CatalogStore(path: old.path)
        #expect(try reopened.schemaVersions().last == Self.current)
        #expect(try automerge(old.path) == 16)
        #expect(try reopened.search(SearchRequest(text: "fietspad")).total == 1)
        let fresh = try TemporaryStore()
        #expect(try automerge(fresh.path) == 16)
    }

    /// A file of the ninth schema loses its rating and source links; both facets still count and filter,
    /// read from the record row, and the other links stay.
    @Test func ninthSchemaReadsRatingAndSourceFromTheRecordRow() throws {
        let turtle = Feed.dataset("a", title: "Fietspaden", theme: "TRAN", format: "CSV")
            + Feed.dataset("b", title: "Straten", publisher: "https://example.org/org/ede", publisherName: "Gemeente Ede")
        let old = try LegacyFile.make(schemaVersion: "v9-fts-automerge-16", turtle: turtle, source: "bron")
        func links(_ facet: String) throws -> Int {
            try DatabaseQueue(path: old.path).read { db in
                try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM record_facet rf JOIN facet_value fv ON fv.id = rf.value_id WHERE fv.facet = ?
                    """, arguments: [facet]) ?? 0
            }
        }
        #expect(try links("rating") == 2 && links("source") == 2)
        let publisherLinks = try links("publisher")
        let reopened = try CatalogStore(path: old.path)
        #expect(try reopened.schemaVersions().last == Self.current)
        #expect(try links("rating") == 0 && links("source") == 0)
        #expect(try links("publisher") == publisherLinks && publisherLinks == 2)

        let all = try reopened.search(SearchRequest())
        #expect(all.total == 2)
        #expect(all.facets["source"] == [FacetCount(value: "bron", label: "bron", count: 2)])
        let ratings = Dictionary(all.hits.map { ($0.rating, 1) }, uniquingKeysWith: +)
        #expect(Dictionary(uniqueKeysWithValues: (all.facets["rating"] ?? []).map { ($0.value, $0.count) }) == ratings)
        for (rating, n) in ratings {
            var r = SearchRequest()
            r.filters[.rating] = [rating]
            #expect(try reopened.search(r).total == n)
        }
        var bySource = SearchRequest(text: "straten")
        bySource.filters[.source] = ["BRON"]
        #expect(try reopened.search(bySource).hits.map(\.iri) == ["https://example.org/ds/b"])
        var unknown = SearchRequest()
        unknown.filters[.source] = ["elders"]
        let error = #expect(throws: UnknownFacetValue.self) { try reopened.search(unknown) }
        #expect(error?.known == ["bron"])
    }

    /// A file of the tenth schema loses the index on scores; sorting by score and the minimum-score filter
    /// give the order and the records the old file's own rows give, with facets counted and without.
    @Test func tenthSchemaDropsTheScoreIndexAndStillSortsAndFiltersByScore() throws {
        let feed = Feed.dataset("bare", title: "Fietspaden")
            + Feed.dataset("some", title: "Fietsroutes", keywords: ["fiets"], theme: "TRAN")
            + Feed.dataset("more", title: "Fietskaart", keywords: ["fiets", "kaart"], theme: "TRAN", format: "CSV",
                           license: "http://creativecommons.org/publicdomain/zero/1.0/", modified: "2024-02-29")
            + Feed.dataset("twin", title: "Fietsenstallingen", keywords: ["fiets"], theme: "TRAN")
        let old = try LegacyFile.make(schemaVersion: "v10-rating-and-source-from-record", turtle: feed)
        #expect(try Self.indexes(old.path).contains("record_by_score"))
        let (byScore, scores) = try DatabaseQueue(path: old.path).read { db in
            (try String.fetchAll(db, sql: "SELECT iri FROM record ORDER BY score DESC, id"),
             try Int.fetchAll(db, sql: "SELECT score FROM record ORDER BY score DESC, id"))
        }
        // The feed is built so the scores differ and two tie: the order is by score, then by record.
        #expect(Set(scores).count == 3)

        let reopened = try CatalogStore(path: old.path)
        #expect(try reopened.schemaVersions().last == Self.current)
        #expect(try !Self.indexes(old.path).contains("record_by_score"))
        for facets in [true, false] {
            var sorted = SearchRequest()
            sorted.sort = .score
            sorted.facets = facets
            let hits = try reopened.search(sorted).hits
            #expect(hits.map(\.iri) == byScore)
            #expect(hits.map(\.score) == scores)
            var atLeast = SearchRequest(text: "fiets*")
            atLeast.minScore = scores[1]
            atLeast.sort = .score
            atLeast.facets = facets
            #expect(try reopened.search(atLeast).hits.map(\.iri) == zip(byScore, scores).filter { $0.1 >= scores[1] }.map(\.0))
        }
    }

    /// New files get 16 KB pages; a file made with SQLite's 4 KB keeps them and takes writes as before.
    @Test func newFilesGetLargePagesAndOldFilesKeepTheirs() throws {
        let fresh = try TemporaryStore()
        #expect(try DatabaseQueue(path: fresh.path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 16_384)

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-4k-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let plain = try DatabaseQueue(path: path)
        try plain.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = 4096")
            try db.execute(sql: "CREATE TABLE made_by_an_older_oogst (x)")
        }
        try plain.close()
        let store = try CatalogStore(path: path)
        try store.register(SourceInfo(id: "s"))
        try store.writePage(source: "s", run: try store.startRun(source: "s"), records: try Feed.records(Feed.dataset("a", title: "Fietspaden")))
        #expect(try store.search(SearchRequest(text: "fietspad")).total == 1)
        #expect(try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4_096)
    }

    @Test func newerSchemaIsRefusedWithAClearMessage() throws {
        let t = try TemporaryStore()
        let queue = try DatabaseQueue(path: t.path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
        try queue.close()
        #expect {
            _ = try CatalogStore(path: t.path)
        } throws: { error in
            "\(error)".contains("newer Oogst")
        }
    }

    @Test func notADatabaseNamesTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-not-db-\(UUID()).sqlite").path
        try Data("this is a text file, not SQLite\n".utf8 + Data(repeating: 0x41, count: 4096)).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            _ = try CatalogStore(path: path)
        } throws: { error in
            (error as? StoreError)?.path == path
        }
    }
}
