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
        #expect(t.store.checkpointer.currentBudget == 2_560)
        t.store.checkpointer.setBudget(7)
        #expect(t.store.checkpointer.currentBudget == 7)
        try t.store.register(SourceInfo(id: "s"))
        try t.store.writePage(source: "s", run: try t.store.startRun(source: "s"), records: try Feed.records(Feed.dataset("a", title: "Fietspaden")))
        #expect(t.store.checkpointer.currentBudget == 2_560)
    }

    /// The checkpointer's hook takes the place of SQLite's automatic checkpoint on the writer: with a
    /// budget out of reach, the log passes SQLite's default of 1,000 pages without being folded in.
    @Test func sqlitesAutomaticCheckpointIsOff() throws {
        let t = try TemporaryStore()
        t.store.checkpointer.fixBudget(1_000_000)
        try t.store.register(SourceInfo(id: "s"))
        let run = try t.store.startRun(source: "s")
        var page = 0
        while try t.walFrames() <= 1_100 && page < 400 {
            let turtle = (0..<50).map { Feed.dataset("p\(page)-\($0)", title: "Fietspaden \(page) \($0)") }.joined()
            try t.store.writePage(source: "s", run: run, records: try Feed.records(turtle))
            page += 1
        }
        #expect(try t.walFrames() > 1_100)
        #expect(t.store.checkpointer.stats == BackgroundCheckpointer.Counts())
    }
}
