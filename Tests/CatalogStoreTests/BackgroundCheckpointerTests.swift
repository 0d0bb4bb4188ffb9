@testable import CatalogStore
import Foundation
import GRDB
import Testing

/// The write-ahead log is folded into the file by the checkpointer's own connection, and only the
/// remainder (or, when it cannot keep up, the whole log at twice the budget) by a commit.
@Suite struct BackgroundCheckpointerTests {
    /// Pages of `perPage` small records each, all in one run of source `s`.
    private static func write(_ t: TemporaryStore, pages: Int, perPage: Int = 20) throws {
        try t.store.register(SourceInfo(id: "s"))
        let run = try t.store.startRun(source: "s")
        for page in 0..<pages {
            let turtle = (0..<perPage).map { i in
                Feed.dataset("p\(page)-\(i)", title: "Fietspaden \(page) \(i)", description: String(repeating: "Een beschrijving. ", count: 40),
                             keywords: ["fiets", "pad \(i)"])
            }.joined()
            try t.store.writePage(source: "s", run: run, records: try Feed.records(turtle))
        }
    }

    /// The log's high-water mark with the checkpointer at work stays near its budget, where without any
    /// checkpoint it would hold every frame the pages wrote; what was written reads back whole.
    @Test func roundsKeepTheLogNearItsBudget() throws {
        let t = try TemporaryStore()
        let budget = 60
        t.store.checkpointer.fixBudget(budget)
        try Self.write(t, pages: 40)
        t.store.checkpointer.waitUntilIdle()
        let stats = t.store.checkpointer.stats
        #expect(stats.rounds >= 1)
        // The log grows past the budget while a round runs (to twice it, then a commit checkpoints; more
        // only while a slow round is still running), nowhere near the ~1,000 frames the pages write in
        // all (the file holds the most the log ever held, not what it holds now).
        let frames = try t.walFrames()
        #expect(frames > 0 && frames < 6 * budget, "log of \(frames) frames for a budget of \(budget)")
        let reopened = try CatalogStore(path: t.path)
        #expect(try reopened.recordCount(source: "s") == 40 * 20)
        #expect(try reopened.write { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
    }

    /// Without rounds (the checkpointer held up), the commit that finds the log at twice its budget
    /// checkpoints it, so the log stays bounded all the same.
    @Test func aCommitCheckpointsWhenTheRoundsCannotKeepUp() throws {
        let t = try TemporaryStore()
        let budget = 40
        t.store.checkpointer.fixBudget(budget)
        t.store.checkpointer.hold(true)
        try Self.write(t, pages: 40)
        let stats = t.store.checkpointer.stats
        #expect(stats.rounds == 0)
        #expect(stats.onCommit >= 1)
        // Twice the budget and the commit that passed it, at most.
        let frames = try t.walFrames()
        #expect(frames < 4 * budget, "log of \(frames) frames for a budget of \(budget)")
    }

    /// Without the checkpointer's hook nothing folds the log: the bound above is the checkpointer's doing.
    @Test func withoutTheHookTheLogHoldsEveryFrame() throws {
        let t = try TemporaryStore()
        let budget = 40
        t.store.checkpointer.fixBudget(budget)
        t.store.checkpointer.detach(from: t.store.database)
        try Self.write(t, pages: 40)
        #expect(try t.walFrames() >= 6 * budget)
    }

    /// The store's own checkpoint (`truncate`) still empties the log once the checkpointer has been at work.
    /// (It also waits for a round in flight, which would turn it away as busy; whether a round is in
    /// flight at that moment is up to the threads, so this test cannot force that case.)
    @Test func theStoresCheckpointEmptiesTheLogAfterRounds() throws {
        let t = try TemporaryStore()
        t.store.checkpointer.fixBudget(30)
        try Self.write(t, pages: 20)
        let stats = t.store.checkpointer.stats
        #expect(stats.rounds + stats.onCommit >= 1)
        try t.store.checkpoint()
        #expect(try t.walFrames() == 0)
    }

    /// A closed store lets its checkpointer go: the hook's hold on it is released.
    @Test func aClosedStoreReleasesItsCheckpointer() throws {
        weak var checkpointer: BackgroundCheckpointer?
        do {
            let t = try TemporaryStore()
            checkpointer = t.store.checkpointer
            t.store.checkpointer.fixBudget(30)
            try Self.write(t, pages: 10)
            #expect(t.store.checkpointer.stats.rounds + t.store.checkpointer.stats.onCommit >= 1)
        }
        #expect(checkpointer == nil)
    }
}
