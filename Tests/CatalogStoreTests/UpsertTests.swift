@testable import CatalogStore
import Foundation
import Quality
import Testing

@Suite struct UpsertTests {
    let feed = Feed.dataset("a", title: "Fietspaden", keywords: ["fiets"], theme: "TRAN", format: "CSV")
        + Feed.dataset("b", title: "Bomen", theme: "ENVI")

    @Test func writingTheSamePageTwiceOnlyMarksSeen() throws {
        let (t, _) = try TemporaryStore.with(feed)
        let run2 = try t.store.startRun(source: "s")
        let counts = try t.store.writePage(source: "s", run: run2, records: try Feed.records(feed))
        #expect(counts == PageCounts(added: 0, updated: 0, unchanged: 2))
        #expect(try t.store.recordCount() == 2)
        let a = try #require(try t.store.records(matching: "https://example.org/ds/a").first)
        #expect(a.lastSeenRun == run2)
        #expect(a.firstSeenRun == run2 - 1)
        #expect(a.history.count == 1)
    }

    @Test func aChangedStatementReplacesTheRecordAndItsSearchRow() throws {
        let (t, _) = try TemporaryStore.with(feed)
        let before = try #require(try t.store.records(matching: "https://example.org/ds/a").first)
        let changed = Feed.dataset("a", title: "Wandelpaden", keywords: ["fiets"], theme: "TRAN", format: "CSV")
            + Feed.dataset("b", title: "Bomen", theme: "ENVI")
        let run2 = try t.store.startRun(source: "s")
        let counts = try t.store.writePage(source: "s", run: run2, records: try Feed.records(changed))
        #expect(counts == PageCounts(added: 0, updated: 1, unchanged: 1))
        let after = try #require(try t.store.records(matching: "https://example.org/ds/a").first)
        #expect(after.id == before.id)
        #expect(after.hash != before.hash)
        #expect(after.dataset.title["nl"] == "Wandelpaden")
        #expect(try t.store.search(SearchRequest(text: "wandelpaden")).total == 1)
        #expect(try t.store.search(SearchRequest(text: "fietspaden")).total == 0)
    }

    @Test func unchangedIRIsAreThoseWithTheSameHash() throws {
        let (t, _) = try TemporaryStore.with(feed)
        let changed = Feed.dataset("a", title: "Anders") + Feed.dataset("b", title: "Bomen", theme: "ENVI")
            + Feed.dataset("c", title: "Nieuw")
        let datasets = try Feed.records(changed).map(\.dataset)
        #expect(try t.store.unchangedIRIs(source: "s", datasets: datasets) == ["https://example.org/ds/b"])
    }

    /// History gains a row only when the score moves, and keeps the order of runs.
    @Test func scoreHistoryOnlyWhenTheScoreMoves() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden"))
        let run2 = try t.store.startRun(source: "s")
        // New description: a new hash, the same score.
        try t.store.writePage(source: "s", run: run2,
                              records: try Feed.records(Feed.dataset("a", title: "Fietspaden", description: "Anders.")))
        let run3 = try t.store.startRun(source: "s")
        // Keywords and a theme: 60 more points.
        try t.store.writePage(source: "s", run: run3, records: try Feed.records(
            Feed.dataset("a", title: "Fietspaden", description: "Anders.", keywords: ["fiets"], theme: "TRAN")))
        let r = try #require(try t.store.records(matching: "https://example.org/ds/a").first)
        #expect(r.history.map(\.run) == [run2 - 1, run3])
        #expect(r.history[1].total - r.history[0].total == 60)
        #expect(r.quality.score.total == r.history[1].total)
    }

    /// Points that move between dimensions while the total stays are a move too; the same score is not.
    @Test func pointsMovingBetweenDimensionsAreHistory() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden"))
        let r = try #require(try t.store.records(matching: "https://example.org/ds/a").first)
        func rows() throws -> Int { try t.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM score_history") ?? 0 } }
        #expect(try rows() == 1)
        var score = r.quality.score
        let from = try #require(Dimension.allCases.first { score[$0] >= 5 })
        let to = try #require(Dimension.allCases.first { $0 != from })
        func store(_ score: QualityScore) throws {
            try t.store.write { db in
                var writer = try ScoreWriter(db: db)
                try writer.store(score, result: Data(), record: r.id, run: nil, now: "2026-12-01T00:00:00Z")
            }
        }
        try store(score)
        #expect(try rows() == 1)
        score[from] -= 5
        score[to] += 5
        try store(score)
        #expect(try rows() == 2)
    }

    @Test func sameIRIInTwoSourcesIsTwoRecords() throws {
        let (t, _) = try TemporaryStore.with(feed)
        try t.store.register(SourceInfo(id: "other"))
        let run = try t.store.startRun(source: "other")
        let counts = try t.store.writePage(source: "other", run: run, records: try Feed.records(feed))
        #expect(counts.added == 2)
        #expect(try t.store.records(matching: "https://example.org/ds/a").map(\.source) == ["s", "other"])
    }
}
