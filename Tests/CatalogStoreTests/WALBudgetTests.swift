@testable import CatalogStore
import GRDB
import Testing

/// The write-ahead log's budget: an eighth of the file, between 40 and 512 MB, in the file's pages.
@Suite struct WALBudgetTests {
    @Test func theBudgetIsAnEighthOfTheFileWithinItsBounds() {
        // An empty or small file: 40 MB, in 16 KB pages and in an older file's 4 KB pages.
        #expect(WALBudget.pages(filePages: 0, pageSize: 16_384) == 2_560)
        #expect(WALBudget.pages(filePages: 6_400, pageSize: 16_384) == 2_560)  // 100 MB file
        #expect(WALBudget.pages(filePages: 25_600, pageSize: 4_096) == 10_240)  // 100 MB file
        // 1 GB of 16 KB pages: 128 MB = 8,192 pages.
        #expect(WALBudget.pages(filePages: 65_536, pageSize: 16_384) == 8_192)
        // 8 GB: an eighth would be 1 GB, capped at 512 MB.
        #expect(WALBudget.pages(filePages: 524_288, pageSize: 16_384) == 32_768)
    }

    /// Set when the writer opens and again after every page transaction (a file grows by its pages).
    @Test func thePageWriterSetsTheBudgetAfterEachPage() throws {
        let t = try TemporaryStore()
        func setting() throws -> Int? {
            try t.store.write { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
        }
        #expect(try setting() == 2_560)
        _ = try t.store.write { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 7") }
        #expect(try setting() == 7)
        try t.store.register(SourceInfo(id: "s"))
        try t.store.writePage(source: "s", run: try t.store.startRun(source: "s"), records: try Feed.records(Feed.dataset("a", title: "Fietspaden")))
        #expect(try setting() == 2_560)
    }
}
