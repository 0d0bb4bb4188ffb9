import CatalogStore
import Foundation
import Testing

@Suite struct RunAndWithdrawalTests {
    let two = Feed.dataset("a", title: "A") + Feed.dataset("b", title: "B")

    @Test func runIsRecordedWithCountsAndErrors() throws {
        let (t, run) = try TemporaryStore.with(two)
        try t.store.recordError(run: run, PageError(url: "https://example.org/p2", line: 3, column: 7, message: "bad token"))
        var report = RunReport(id: run, source: "s", status: .partial, startedAt: "")
        report.pages = 2; report.added = 2; report.failed = 1
        try t.store.finishRun(report)
        let stored = try #require(try t.store.runs(source: "s").first)
        #expect(stored.status == .partial)
        #expect(stored.added == 2 && stored.pages == 2 && stored.failed == 1)
        #expect(stored.finishedAt != nil)
        #expect(stored.errors == [PageError(url: "https://example.org/p2", line: 3, column: 7, message: "bad token")])
    }

    @Test func interruptedRunsBecomeFailed() throws {
        let (t, run) = try TemporaryStore.with(two)
        #expect(try t.store.failInterruptedRuns() == 1)
        let stored = try #require(try t.store.runs().first { $0.id == run })
        #expect(stored.status == .failed)
        #expect(stored.message?.contains("interrupted") == true)
        #expect(try t.store.recordCount() == 2)
    }

    @Test func withdrawalPlanCountsUnseenThenWithdrawsAndPurgesAfterGrace() throws {
        let (t, _) = try TemporaryStore.with(two)
        let run = try t.store.startRun(source: "s")
        try t.store.writePage(source: "s", run: run, records: try Feed.records(Feed.dataset("a", title: "A")))
        #expect(try t.store.withdrawalPlan(source: "s", run: run) == WithdrawalPlan(live: 2, unseen: 1))
        let day: TimeInterval = 86_400
        let now = Date()
        #expect(try t.store.withdrawUnseen(source: "s", run: run, at: now) == 1)
        #expect(try t.store.recordCount() == 1)
        // Within the grace period the record is kept (and `show` still finds it).
        #expect(try t.store.purgeWithdrawn(before: now.addingTimeInterval(-7 * day)) == 0)
        #expect(try t.store.records(matching: "https://example.org/ds/b").first?.withdrawnAt != nil)
        #expect(try t.store.purgeWithdrawn(before: now.addingTimeInterval(day)) == 1)
        #expect(try t.store.records(matching: "https://example.org/ds/b").isEmpty)
    }

    @Test func aWithdrawnRecordThatReturnsIsAddedAgain() throws {
        let (t, _) = try TemporaryStore.with(two)
        let run = try t.store.startRun(source: "s")
        try t.store.writePage(source: "s", run: run, records: try Feed.records(Feed.dataset("a", title: "A")))
        try t.store.withdrawUnseen(source: "s", run: run)
        let run3 = try t.store.startRun(source: "s")
        let counts = try t.store.writePage(source: "s", run: run3, records: try Feed.records(two))
        // b comes back; a's hash differs from the page where it stood alone (the shared publisher node is
        // then its own), so a counts as updated.
        #expect(counts.added == 1)
        #expect(try t.store.recordCount() == 2)
        #expect(try t.store.records(matching: "https://example.org/ds/b").first?.withdrawnAt == nil)
    }

    @Test func notModifiedPageMarksItsRecordsSeen() throws {
        let t = try TemporaryStore()
        try t.store.register(SourceInfo(id: "s"))
        let run1 = try t.store.startRun(source: "s")
        try t.store.writePage(source: "s", run: run1, records: try Feed.records(two, page: "https://example.org/p1"))
        let run2 = try t.store.startRun(source: "s")
        #expect(try t.store.markPageSeen(source: "s", pageURL: "https://example.org/p1", run: run2) == 2)
        #expect(try t.store.withdrawalPlan(source: "s", run: run2).unseen == 0)
    }
}
