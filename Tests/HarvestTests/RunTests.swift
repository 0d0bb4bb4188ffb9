import CatalogStore
import Foundation
import GRDB
@testable import Harvest
import Testing
import TestSupport

/// Whole harvest runs, in process: `HarvestRunner` against the scenario server and a store in a temporary
/// file. Nothing here depends on the clock: retry delays are recorded rather than slept, and the runner's
/// `now` is a clock the tests move (grace periods, score times).
///
/// Most tests use the server's `/feed` scenario: a 5-page Hydra feed of 10 datasets whose content each test
/// switches between runs (`ScenarioServer.control`), with ETags from the page bytes and counters of full
/// answers and 304s per test key.
@Suite("Harvest runs")
struct RunTests {
    // MARK: both Hydra designs, loops, transport

    @Test func pagedCollectionDesignIsHarvestedCompletely() async throws {
        let h = try await Harness()
        defer { h.close() }
        // RDF/XML, PagedCollection, nextPage as an absolute and then a relative literal: 3 pages of 2.
        let r = await h.run(h.source(h.server.url("/hydra/paged?page=1")))
        #expect(r.status == .succeeded, "\(r)")
        #expect((r.pages, r.added, r.updated, r.unchanged, r.withdrawn, r.failed) == (3, 6, 0, 0, 0, 0))
        #expect(r.errors.isEmpty)
        #expect(r.message == nil, "totalItems (6) matches what was seen: no warning")
        #expect(try h.store.recordCount(source: "feed") == 6)
        #expect(try h.store.records(matching: "https://example.test/paged/dataset/6").count == 1)
    }

    @Test func partialCollectionViewDesignIsHarvestedCompletely() async throws {
        let h = try await Harness()
        defer { h.close() }
        // Turtle, hydra:view -> PartialCollectionView, hydra:next relative: 2 pages of 2; totalItems says 5.
        let r = await h.run(h.source(h.server.url("/hydra/view?page=1")))
        #expect(r.status == .succeeded, "\(r)")
        #expect((r.pages, r.added, r.failed) == (2, 4, 0))
        #expect(r.message?.contains("claims 5 items") == true, "the totalItems mismatch is reported: \(r.message ?? "nil")")
        #expect(try h.store.recordCount(source: "feed") == 4)
    }

    @Test func pageLoopStopsWithAWarning() async throws {
        let h = try await Harness()
        defer { h.close() }
        // Page 2 names page 1 as its next page (ckanext-dcat #260).
        let r = await h.run(h.source(h.server.url("/loop?page=1")))
        #expect((r.pages, r.added, r.failed) == (2, 4, 0), "\(r)")
        #expect(r.message?.contains("paging loop") == true, "\(r.message ?? "nil")")
        #expect(try h.requests("/loop") == 2, "each page fetched once, no endless paging")
        // totalItems (4) confirms every item was seen, so the run counts as complete.
        #expect(r.status == .succeeded)
    }

    @Test func gzipPagesAreHarvested() async throws {
        let h = try await Harness()
        defer { h.close() }
        let r = await h.run(h.source(h.server.url("/gzip")))
        #expect(r.status == .succeeded, "\(r)")
        #expect((r.pages, r.added) == (1, 200))
        #expect(try h.store.records(matching: "https://example.test/gzip/dataset/200").count == 1)
    }

    @Test func serverErrorIsRetriedThenHarvested() async throws {
        let h = try await Harness()
        defer { h.close() }
        let r = await h.run(h.source(h.server.url("/flaky?key=\(h.key)")))
        #expect(r.status == .succeeded, "\(r)")
        #expect((r.pages, r.added, r.failed) == (1, 1, 0))
        #expect(try h.requests("/flaky", key: h.key) == 2, "a 500, then the page")
        #expect(h.recorder.delays.count == 1, "one backoff before the second attempt")
    }

    @Test func tooManyRequestsWaitsForRetryAfter() async throws {
        let h = try await Harness()
        defer { h.close() }
        let r = await h.run(h.source(h.server.url("/ratelimited?key=\(h.key)")))
        #expect(r.status == .succeeded, "\(r)")
        #expect((r.pages, r.added) == (1, 1))
        #expect(h.recorder.delays == [1], "waited exactly the Retry-After (1 s), not a backoff of its own")
        #expect(try h.requests("/ratelimited", key: h.key) == 2)
    }

    // MARK: conditional GET and change detection

    @Test func reharvestOfAnUnchangedFeedIsAll304sAndMarksEverythingSeen() async throws {
        let h = try await Harness()
        defer { h.close() }
        let source = h.feedSource()
        let first = await h.run(source)
        #expect(first.status == .succeeded, "\(first)")
        #expect((first.pages, first.added) == (5, 10))
        #expect(try h.server.feedState(key: h.key).full == 5)

        h.clock.advance(hours: 6)
        let second = await h.run(source)
        #expect(second.status == .succeeded, "\(second)")
        #expect((second.pages, second.added, second.updated, second.unchanged, second.withdrawn, second.failed) == (5, 0, 0, 10, 0, 0))
        let state = try h.server.feedState(key: h.key)
        #expect(state.notModified == 5, "every page answered 304")
        #expect(state.full == 5, "no page was sent (so none parsed) a second time")
        // Seen through the 304s: every record carries the second run, so nothing can be withdrawn.
        #expect(try h.lastSeenRuns() == [second.id])
        #expect(try h.store.withdrawalPlan(source: "feed", run: second.id).unseen == 0)
        #expect(try h.store.recordCount(source: "feed") == 10)
        #expect(try h.store.runs(source: "feed") == [second, first], "reports match the stored runs, times included")
        #expect(second.startedAt == "2026-05-29T02:26:40Z" && second.finishedAt == second.startedAt)
    }

    @Test func reharvestWithoutValidatorsWritesOnlySeenMarks() async throws {
        let h = try await Harness()
        defer { h.close() }
        try h.server.control(key: h.key, etag: false)
        let source = h.feedSource()
        let first = await h.run(source)
        #expect((first.status, first.added) == (.succeeded, 10), "\(first)")
        let before = try h.snapshot()

        // Later, so that anything rewritten would carry a new time as well as a new run.
        h.clock.advance(hours: 6)
        let second = await h.run(source)
        #expect(try h.server.feedState(key: h.key).full == 10, "no ETag: every page sent and parsed twice")
        #expect((second.status, second.added, second.updated, second.unchanged, second.withdrawn) == (.succeeded, 0, 0, 10, 0), "\(second)")
        #expect(try h.snapshot() == before, "records, scores, history, distributions, facets and search rows untouched")
        #expect(try h.lastSeenRuns() == [second.id], "only the seen marks moved")

        // The snapshot does see a real change: dataset 3 is rewritten, and only it.
        h.clock.advance(hours: 6)
        try h.server.control(key: h.key, variant: "changed")
        let third = await h.run(source)
        #expect((third.status, third.updated, third.unchanged) == (.succeeded, 1, 9), "\(third)")
        #expect(try h.snapshot() != before)
        #expect(try h.changedRuns()[3] == third.id)
        #expect(try h.changedRuns().filter { $0.key != 3 }.values.allSatisfy { $0 == first.id })
    }

    // MARK: bad pages never lose data

    @Test func truncatedBodyFailsThePageAndWithdrawsNothing() async throws {
        let h = try await Harness()
        defer { h.close() }
        let source = h.feedSource()
        #expect(await h.run(source).added == 10)
        try h.server.control(key: h.key, variant: "truncated")
        let r = await h.run(source)
        #expect(r.status == .partial, "\(r)")
        #expect(r.failed == 1)
        #expect(r.withdrawn == 0)
        let error = try #require(r.errors.first)
        #expect(error.url.hasSuffix("page=2"), "\(error)")
        #expect(try h.store.recordCount(source: "feed") == 10, "nothing withdrawn though pages 3-5 were never seen")
        #expect(r.message == "1 page could not be read, so the source was not seen completely; nothing withdrawn")
    }

    @Test func truncatedOnlyPageFailsTheRun() async throws {
        let h = try await Harness()
        defer { h.close() }
        let r = await h.run(h.source(h.server.url("/truncated")))
        #expect(r.status == .failed, "\(r)")
        #expect((r.pages, r.failed, r.added) == (1, 1, 0))
        #expect(r.errors.first?.url.hasSuffix("/truncated") == true)
        #expect(try h.store.runs(source: "feed").first?.status == .failed, "the store holds the same verdict")
    }

    @Test func malformedPageInTheMiddleLeavesTheRunPartialAndWithdrawsNothing() async throws {
        let h = try await Harness()
        defer { h.close() }
        let source = h.feedSource()
        #expect(await h.run(source).added == 10)
        try h.server.control(key: h.key, variant: "malformed")
        h.clock.advance(hours: 1)
        let r = await h.run(source)
        #expect(r.status == .partial, "\(r)")
        #expect((r.pages, r.failed, r.withdrawn) == (3, 1, 0))
        let error = try #require(r.errors.first)
        #expect(error.url == h.server.url("/feed?key=\(h.key)&page=3").absoluteString)
        #expect(error.line == 7, "\(error)")
        #expect(error.column == 15, "\(error)")
        #expect(!error.message.isEmpty)
        // The error is in the store too, with its place, for `oogst runs`.
        let stored = try #require(try h.store.runs(source: "feed").first)
        #expect(stored.status == .partial)
        #expect(stored.errors == [error])
        #expect(stored == r, "the report the run returns is the one `oogst runs` reads back")
        #expect(try h.store.recordCount(source: "feed") == 10, "pages 4 and 5 were not seen, their records stay")
        #expect(r.message == "1 page could not be read, so the source was not seen completely; nothing withdrawn")
    }

    @Test func malformedPageOnAFirstHarvestKeepsTheEarlierPages() async throws {
        let h = try await Harness()
        defer { h.close() }
        let r = await h.run(h.source(h.server.url("/malformed?page=1")))
        #expect(r.status == .partial, "\(r)")
        #expect((r.pages, r.added, r.failed) == (2, 2, 1))
        let error = try #require(r.errors.first)
        #expect(error.url.hasSuffix("/malformed?page=2"))
        #expect(error.line != nil && error.column != nil, "\(error)")
        #expect(try h.store.recordCount(source: "feed") == 2, "page 1 stored before page 2 failed")
    }

    // MARK: withdrawal

    @Test func sourceThatLosesSixtyPercentIsHeld() async throws {
        let h = try await Harness()
        defer { h.close() }
        let source = h.feedSource()
        #expect(await h.run(source).added == 10)
        try h.server.control(key: h.key, variant: "shrunk")
        let r = await h.run(source)
        #expect(r.status == .held, "\(r)")
        #expect(r.withdrawn == 0)
        let message = try #require(r.message)
        #expect(message.contains("6 of 10 records (60%)"), "\(message)")
        #expect(message.contains("withdrawal guard"), "\(message)")
        #expect(message.contains("nothing withdrawn"), "\(message)")
        #expect(try h.store.recordCount(source: "feed") == 10)
        #expect(try h.store.runs(source: "feed").first == r, "stored as reported, message included")
        // The remedy it names is a real configuration key.
        #expect(message.contains("raise withdrawal_guard "), "\(message)")
        #expect(ConfigReader.globalKeys.contains("withdrawal_guard"))

        // Unchanged feed, unchanged verdict: the 304s see the same 4 records, so the run is held again.
        let again = await h.run(source)
        #expect((again.status, again.withdrawn) == (.held, 0), "\(again)")

        // The operator confirms the shrink by raising the guard for one run: now the 6 go.
        let confirmed = await h.runner(guardShare: 0.7).run(source).report
        #expect((confirmed.status, confirmed.withdrawn) == (.succeeded, 6), "\(confirmed)")
        #expect(try h.store.recordCount(source: "feed") == 4)
    }

    @Test func removedDatasetIsWithdrawnKeptForTheGracePeriodThenPurged() async throws {
        let h = try await Harness()
        defer { h.close() }
        let source = h.feedSource()
        let five = "https://example.test/feed/dataset/5"
        #expect(await h.run(source).added == 10)

        try h.server.control(key: h.key, variant: "minus5")
        h.clock.advance(days: 1)
        let removal = await h.run(source)
        #expect((removal.status, removal.withdrawn, removal.unchanged) == (.succeeded, 1, 9), "\(removal)")
        let withdrawn = try #require(try h.store.records(matching: five).first)
        #expect(withdrawn.withdrawnAt != nil)
        #expect(try h.store.recordCount(source: "feed") == 9)

        // 29 days later (grace: 30 days): still kept, still withdrawn.
        h.clock.advance(days: 29)
        let during = await h.run(source)
        #expect((during.status, during.withdrawn) == (.succeeded, 0), "\(during)")
        #expect(try h.store.records(matching: five).first?.withdrawnAt == withdrawn.withdrawnAt)

        // Past the grace period: purged, with everything hanging off it.
        h.clock.advance(days: 2)
        let after = await h.run(source)
        #expect(after.status == .succeeded, "\(after)")
        #expect(try h.store.records(matching: five).isEmpty)
        #expect(try h.store.recordCount(source: "feed") == 9)
        try h.expectConsistent()
        #expect(try h.count("SELECT count(*) FROM record") == 9)
    }

    @Test func withdrawnDatasetThatReturnsIsAddedAgain() async throws {
        let h = try await Harness()
        defer { h.close() }
        let source = h.feedSource()
        #expect(await h.run(source).added == 10)
        try h.server.control(key: h.key, variant: "minus5")
        #expect(await h.run(source).withdrawn == 1)
        try h.server.control(key: h.key, variant: "full")
        let back = await h.run(source)
        #expect((back.status, back.added, back.withdrawn) == (.succeeded, 1, 0), "\(back)")
        #expect(try h.store.records(matching: "https://example.test/feed/dataset/5").first?.withdrawnAt == nil)
        #expect(try h.store.recordCount(source: "feed") == 10)
    }

    /// A dataset that moves to another page, unchanged, must be remembered on its new page: a later 304 of
    /// that page is the only thing that marks it seen.
    @Test func datasetThatMovedPagesIsNotWithdrawnByALaterRun() async throws {
        let h = try await Harness()
        defer { h.close() }
        let source = h.feedSource()
        #expect(await h.run(source).added == 10)
        // Dataset 3 moves from page 2 to page 1 (both pages change).
        try h.server.control(key: h.key, variant: "moved")
        let moved = await h.run(source)
        #expect((moved.status, moved.added, moved.updated, moved.withdrawn) == (.succeeded, 0, 0, 0), "\(moved)")
        // Page 1 is unchanged now (304); page 2 changes (dataset 4 edited) and no longer holds dataset 3.
        try h.server.control(key: h.key, variant: "moved-then-edited", reset: true)
        let later = await h.run(source)
        #expect(try h.server.feedState(key: h.key).notModified == 4, "only page 2 was sent")
        #expect((later.status, later.updated, later.withdrawn) == (.succeeded, 1, 0), "\(later)")
        #expect(try h.store.records(matching: "https://example.test/feed/dataset/3").first?.withdrawnAt == nil)
        #expect(try h.store.recordCount(source: "feed") == 10)
    }

    @Test func failedPageTransactionStopsPagingAndDropsThePageMappedBehindIt() async throws {
        let h = try await Harness()
        defer { h.close() }
        // A trigger in the file makes page 3's transaction fail (it holds datasets 5 and 6). By then page 4
        // has been mapped and scored, and may be queued behind page 3's transaction: it is dropped unwritten
        // and uncounted, as when it waited to be submitted.
        let iri5 = "https://example.test/feed/dataset/5"
        try await DatabaseQueue(path: h.store.path).write { db in
            try db.execute(sql: """
                CREATE TRIGGER injected_failure BEFORE INSERT ON record WHEN NEW.iri = '\(iri5)'
                BEGIN SELECT RAISE(ABORT, 'injected failure'); END
                """)
        }
        let source = h.feedSource()
        let r = await h.run(source)
        #expect(r.status == .partial, "\(r)")
        #expect((r.pages, r.added, r.failed, r.withdrawn) == (3, 4, 1, 0))
        let error = try #require(r.errors.first)
        #expect(error.url == h.server.url("/feed?key=\(h.key)&page=3").absoluteString)
        #expect(error.message.contains("injected failure"), "\(error)")
        #expect(try h.store.recordCount(source: "feed") == 4, "pages 1 and 2 only: page 3 rolled back, page 4 not written")
        #expect(r.message == "1 page could not be read, so the source was not seen completely; nothing withdrawn")
        try h.expectConsistent()

        try await DatabaseQueue(path: h.store.path).write { db in try db.execute(sql: "DROP TRIGGER injected_failure") }
        h.clock.advance(hours: 1)
        let again = await h.run(source)
        #expect((again.status, again.added, again.unchanged, again.failed) == (.succeeded, 6, 4, 0), "\(again)")
        try h.expectConsistent()
    }

    /// Dataset 3 repeated on the next page (mapped while page 1 is still being written) or two pages later
    /// (a first harvest does not ask the store about each dataset new to its page: the source had none).
    /// Either way it is stored once, seen twice and scored once, and belongs to the page it was last on.
    @Test(arguments: [("repeated", 2, 2), ("repeated-later", 3, 3)])
    func datasetRepeatedOnALaterPageIsStoredOnceAndSeenTwice(variant: String, lastPage: Int, recordsThere: Int) async throws {
        let h = try await Harness()
        defer { h.close() }
        try h.server.control(key: h.key, variant: variant)
        let r = await h.run(h.feedSource())
        #expect((r.status, r.pages, r.added, r.updated, r.unchanged) == (.succeeded, 5, 10, 0, 1), "\(r)")
        #expect(try h.store.recordCount(source: "feed") == 10)
        #expect(try h.count("SELECT count(*) FROM score_history") == 10, "the repeat wrote no second score")
        #expect(try h.count("SELECT count(*) FROM record WHERE page_url LIKE '%page=\(lastPage)'") == recordsThere,
                "dataset 3 was last seen on page \(lastPage), so a 304 of that page marks it seen")
        try h.expectConsistent()
    }

    @Test func datasetRevisedOnTheNextPageKeepsTheLaterRevision() async throws {
        let h = try await Harness()
        defer { h.close() }
        try h.server.control(key: h.key, variant: "repeated-revised")
        let r = await h.run(h.feedSource())
        #expect((r.status, r.pages, r.added, r.updated, r.unchanged) == (.succeeded, 5, 10, 1, 0), "\(r)")
        let stored = try #require(try h.store.records(matching: "https://example.test/feed/dataset/3").first)
        #expect(stored.dataset.description.values.contains { $0.value.contains("revision 2") },
                "page 2's text, written after page 1's: \(stored.dataset.description)")
        try h.expectConsistent()
    }

    // MARK: stopping

    @Test func cancelledRunStopsAfterThePageInFlightAndWithdrawsNothing() async throws {
        let h = try await Harness()
        defer { h.close() }
        let source = h.feedSource()
        #expect(await h.run(source).added == 10)
        try h.server.control(key: h.key, variant: "minus5", reset: true)
        let cancel = CancellationFlag()
        // Progress counts written pages. When page 1 is reported, pages 2 and 3 have been mapped and their
        // transactions are queued (finished, not dropped); pages 4 and 5 may have been read ahead (dropped).
        let r = await h.runner.run(source, cancel: cancel) { progress in
            if progress.pages == 1 { cancel.cancel() }
        }.report
        #expect(r.status == .partial, "\(r)")
        #expect((r.pages, r.withdrawn) == (3, 0))
        #expect(r.message?.contains("stopped by a signal") == true)
        #expect(try h.store.recordCount(source: "feed") == 10, "dataset 5 is gone from the feed but stays: the run was cut short")
        // minus5 pages: [1, 2], [3, 4], [6, 7], [8, 9], [10]. Pages 1-3 were written in run 2; pages 4 and 5
        // never were.
        let seen = try await h.database().read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT iri, last_seen_run FROM record").map { row -> (String, Int64) in
                (row["iri"], row["last_seen_run"])
            })
        }
        let second = r.id
        for n in [1, 2, 3, 4, 6, 7] { #expect(seen["https://example.test/feed/dataset/\(n)"] == second, "dataset \(n)") }
        for n in [8, 9, 10] { #expect(seen["https://example.test/feed/dataset/\(n)"] != second, "dataset \(n) was read ahead at most") }
        #expect(try h.store.runs(source: "feed").first?.status == .partial)
    }
}

// MARK: - harness

/// A store in a temporary folder, a scenario server, and a runner whose fetcher never sleeps and whose
/// clock the test moves.
struct Harness {
    let server: TestServer
    let store: CatalogStore
    let folder: URL
    let key = String(UUID().uuidString.prefix(8)).lowercased()
    let recorder = RecordingSleeper()
    let clock = TestClock()
    let runner: HarvestRunner

    init(guardShare: Double = 0.5, graceDays: Int = 30) async throws {
        server = try await TestServer.start()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try CatalogStore(path: folder.appendingPathComponent("catalog.sqlite").path)
        var http = HTTPSettings()
        http.hostInterval = 0
        http.retries = 2
        http.connectTimeout = 10
        http.totalTimeout = 60
        let config = HarvestConfig(contact: "mailto:tests@example.test", http: http, withdrawalGuardShare: guardShare,
                                   graceDays: graceDays, path: "<tests>")
        var runner = HarvestRunner(config: config, store: store, fetcher: TestFetchers.make(recorder))
        let clock = self.clock
        runner.now = { clock.now }
        self.runner = runner
    }

    func close() {
        server.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    func source(_ url: URL) -> SourceConfig { SourceConfig(id: "feed", url: url) }

    /// This test's `/feed`.
    func feedSource() -> SourceConfig { source(server.feedURL(key: key)) }

    func run(_ source: SourceConfig) async -> RunReport { await runner.run(source).report }

    /// The same runner (store, fetcher, clock) with another withdrawal guard.
    func runner(guardShare: Double) -> HarvestRunner {
        var config = runner.config
        config.withdrawalGuardShare = guardShare
        var other = HarvestRunner(config: config, store: store, fetcher: runner.fetcher)
        other.now = runner.now
        return other
    }

    /// Requests the server received for a path (and key).
    func requests(_ path: String, key: String = "") throws -> Int {
        let text = try String(contentsOf: server.url("/count?path=\(path)&for=\(key)"), encoding: .utf8)
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    // Raw looks at the file, beside the store's own connection.

    func database() throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: store.path, configuration: config)
    }

    func count(_ sql: String) throws -> Int {
        try database().read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    /// The distinct `last_seen_run` of the live records.
    func lastSeenRuns() throws -> Set<Int64> {
        try Set(database().read { db in
            try Int64.fetchAll(db, sql: "SELECT DISTINCT last_seen_run FROM record WHERE withdrawn_at IS NULL")
        })
    }

    /// Dataset number -> the run that last changed it.
    func changedRuns() throws -> [Int: Int64] {
        let rows = try database().read { db in try Row.fetchAll(db, sql: "SELECT iri, changed_run FROM record") }
        var out: [Int: Int64] = [:]
        for row in rows {
            let iri: String = row["iri"]
            if let n = Int(iri.split(separator: "/").last ?? "") { out[n] = row["changed_run"] }
        }
        return out
    }

    /// Everything a page write can touch except the seen marks (`last_seen_run`, and `page_url`, which a
    /// seen mark may move), as text rows.
    func snapshot() throws -> [String] {
        try database().read { db in
            let queries = [
                """
                SELECT id, source_id, iri, hash, title, publisher, modified, hex(b.model), b.subgraph, first_seen_run,
                    changed_run, withdrawn_at, score, rating FROM record JOIN record_body b ON b.record_id = id ORDER BY id
                """,
                "SELECT record_id, total, rating, hex(result), run_id, scored_at FROM score ORDER BY record_id",
                "SELECT * FROM score_history ORDER BY record_id, seq",
                "SELECT * FROM distribution ORDER BY record_id, position",
                "SELECT * FROM record_facet ORDER BY record_id, value_id",
                "SELECT * FROM facet_value ORDER BY id",
                "SELECT rowid, title, description, keywords, publisher, themes FROM record_fts ORDER BY rowid",
            ]
            return try queries.flatMap { sql in try Row.fetchAll(db, sql: sql).map(\.description) }
        }
    }

    /// Every record has its score and its search row, and nothing hangs off a missing record.
    func expectConsistent(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try StoreConsistency.check(path: store.path).forEach { Issue.record("\($0)", sourceLocation: sourceLocation) }
    }
}

/// A clock the test moves; starts at a fixed instant.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_780_000_000)

    var now: Date { lock.withLock { current } }

    func advance(days: Double = 0, hours: Double = 0) {
        lock.withLock { current = current.addingTimeInterval(days * 86_400 + hours * 3_600) }
    }
}
