import CatalogStore
import Foundation
import GRDB
import Testing

@Suite struct SearchCacheTests {
    @Test func everyWriteMovesTheGenerationAndReadsDoNot() throws {
        let t = try TemporaryStore()
        let start = try t.store.generation()
        try t.store.register(SourceInfo(id: "s"))
        let afterRegister = try t.store.generation()
        #expect(afterRegister > start)
        _ = try t.store.search(SearchRequest(text: "fietspad"))
        #expect(try t.store.generation() == afterRegister)
        try t.store.writePage(source: "s", run: nil, records: try Feed.records(Feed.dataset("a", title: "Fietspaden")))
        #expect(try t.store.generation() > afterRegister)
    }

    @Test func aRepeatedSearchIsAnsweredFromTheCacheWithTheStoresAnswer() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden in Utrecht") + Feed.dataset("b", title: "Straten"))
        let cache = SearchCache(store: t.store)
        let request = SearchRequest(text: "fietspad")
        let first = try cache.search(request)
        #expect(cache.count == 1)
        let second = try cache.search(request)
        let direct = try t.store.search(request)
        #expect(first.total == 1 && second.total == 1)
        #expect(second.hits == direct.hits && second.facets == direct.facets)
        _ = try cache.search(SearchRequest(text: "straat"))
        #expect(cache.count == 2)
    }

    /// A write from another connection (as the daemon's, in another process) makes the next search fresh.
    @Test func aWriteFromAnotherConnectionInvalidatesEveryResult() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden"))
        let cache = SearchCache(store: t.store)
        let request = SearchRequest(text: "fietspad")
        #expect(try cache.search(request).total == 1)
        _ = try cache.search(SearchRequest(text: "utrecht"))
        #expect(cache.count == 2)

        let writer = try CatalogStore(path: t.path)
        try writer.writePage(source: "s", run: nil, records: try Feed.records(Feed.dataset("b", title: "Fietspaden Zeist")))
        #expect(try cache.search(request).total == 2)
        #expect(cache.count == 1)
    }

    @Test func errorsAreNotRememberedAndTheLeastRecentlyUsedResultsMakeRoom() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden"))
        let cache = SearchCache(store: t.store, capacity: 4)
        var unknown = SearchRequest(text: "fietspad")
        unknown.filters[.theme] = ["NOPE"]
        #expect(throws: UnknownFacetValue.self) { try cache.search(unknown) }
        #expect(cache.count == 0)

        let words = ["fietspad", "utrecht", "straat", "water"]
        for w in words { _ = try cache.search(SearchRequest(text: w)) }
        #expect(cache.count == 4)
        _ = try cache.search(SearchRequest(text: "fietspad"))  // the oldest becomes the newest
        _ = try cache.search(SearchRequest(text: "gemeente"))  // full: the two least recently used go
        #expect(cache.count == 3)
        #expect(try cache.search(SearchRequest(text: "fietspad")).total == 1)
        #expect(cache.count == 3)

        let nothingKept = SearchCache(store: t.store, capacity: 0)
        #expect(try nothingKept.search(SearchRequest(text: "fietspad")).total == 1)
        #expect(nothingKept.count == 0)
    }

    /// The one-pass plan with facets counted in memory gives exactly the SQL plan's answer: totals, hits
    /// in order (ties by number), relevance and every facet count, for every sort, filter and page.
    @Test func inMemoryFacetCountsAgreeWithTheSQLPlan() throws {
        var turtle = ""
        let themes = ["TRAN", "ENVI", "GOVE"], formats = ["CSV", "JSON", "PDF"]
        for i in 0..<14 {
            turtle += Feed.dataset("d\(i)", title: i % 3 == 0 ? "Fietspaden \(i)" : "Straten en fietspad \(i)",
                                   description: i % 2 == 0 ? "Fietspaden in de gemeente." : "Wegen.",
                                   keywords: i % 4 == 0 ? ["fiets"] : [],
                                   publisher: "https://example.org/org/\(i % 3)", publisherName: "Gemeente \(i % 3)",
                                   theme: themes[i % 3], format: i % 5 == 0 ? nil : formats[i % 3],
                                   license: i % 2 == 0 ? "http://creativecommons.org/publicdomain/zero/1.0/" : nil,
                                   modified: i % 4 == 3 ? nil : "2026-0\(1 + i % 9)-1\(i % 10)")
        }
        let (t, _) = try TemporaryStore.with(turtle)
        var requests: [SearchRequest] = []
        for text in ["", "fietspad", "straat", "fiets*", "\"fietspaden in\"", "gemeente -wegen", "nothingmatches"] {
            for sort in SearchSort.allCases {
                var r = SearchRequest(text: text)
                r.sort = sort
                requests.append(r)
                r.offset = 3; r.limit = 4; r.facetLimit = 2
                requests.append(r)
                r.offset = 0; r.limit = 50
                r.filters[.theme] = ["TRAN", "ENVI"]
                requests.append(r)
                r.minScore = 60
                r.modifiedSince = "2026-03-01"
                requests.append(r)
            }
        }
        func compareEveryRequest() throws {
            for request in requests {
                let cache = SearchCache(store: t.store)
                try cache.prepare()
                let remembered = try cache.search(request)
                let direct = try t.store.search(request)
                #expect(remembered.total == direct.total, "\(request)")
                #expect(remembered.hits == direct.hits, "\(request)")
                #expect(remembered.facets == direct.facets, "\(request)")
            }
        }
        try compareEveryRequest()
        let before = try t.store.search(SearchRequest(text: "fietspad")).total
        #expect(before > 5)
        // Withdrawn records must drop out of both plans (the in-memory one knows liveness from its index).
        let queue = try DatabaseQueue(path: t.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE record SET withdrawn_at = '2026-11-01T00:00:00Z' WHERE iri IN (?, ?)",
                           arguments: ["https://example.org/ds/d0", "https://example.org/ds/d3"])
        }
        try queue.close()
        #expect(try t.store.search(SearchRequest(text: "fietspad")).total == before - 2)
        try compareEveryRequest()
    }

    /// After a write the old snapshot answers nothing: SQL answers, exactly, while a new one is built
    /// in the background; then searches are answered from the new one.
    @Test func aStaleSnapshotIsNeverUsedAndANewOneIsBuiltInTheBackground() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden"))
        let cache = SearchCache(store: t.store, capacity: 0, quietPeriod: 0.1)
        try cache.prepare()
        #expect(cache.isSnapshotCurrent)
        #expect(try cache.search(SearchRequest(text: "fietspad")).total == 1)

        try t.store.writePage(source: "s", run: nil, records: try Feed.records(Feed.dataset("b", title: "Fietspaden Zeist")))
        #expect(!cache.isSnapshotCurrent)
        let afterWrite = try cache.search(SearchRequest(text: "fietspad"))
        #expect(afterWrite.total == 2)
        #expect(afterWrite.hits == (try t.store.search(SearchRequest(text: "fietspad"))).hits)

        // A search after the quiet period starts a build, which ends on its own (a generous bound: this
        // is not a timing test).
        let deadline = Date().addingTimeInterval(60)
        while !cache.isSnapshotCurrent && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            _ = try cache.search(SearchRequest(text: "straat"))
        }
        #expect(cache.isSnapshotCurrent)
        #expect(try cache.search(SearchRequest(text: "fietspad")).total == 2)
    }

    /// While writes keep coming (a harvest), no search starts a build: each would be stale when done.
    @Test func noBuildStartsBeforeTheGenerationHasBeenQuiet() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden"))
        let cache = SearchCache(store: t.store, capacity: 0, quietPeriod: 3_600)
        try cache.prepare()
        try t.store.writePage(source: "s", run: nil, records: try Feed.records(Feed.dataset("b", title: "Fietspaden Zeist")))
        for _ in 0..<5 {
            #expect(try cache.search(SearchRequest(text: "fietspad")).total == 2)
            Thread.sleep(forTimeInterval: 0.1)
        }
        // A build of this two-record store takes milliseconds; none was started.
        #expect(!cache.isSnapshotCurrent)
    }

    /// Searches from several threads while pages are written and snapshots are built and dropped: no
    /// answer ever goes back in time within a thread, every answer is whole (hits as the total allows,
    /// ranked), and once the writes end the cache settles on the store's answer.
    @Test func searchesDuringWritesStayConsistent() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("start", title: "Fietspaden"))
        let cache = SearchCache(store: t.store, capacity: 0, quietPeriod: 0.05)
        let pages = 40
        let failures = FailureLog()
        let done = DoneFlag()
        var readers: [Thread] = []
        let finished = DispatchSemaphore(value: 0)
        // Threads of their own: spinning readers on Dispatch's pool would starve the store's own work on it.
        for reader in 0..<3 {
            readers.append(Thread {
                defer { finished.signal() }
                var last = 0
                var request = SearchRequest(text: reader == 2 ? "fiets*" : "fietspad")
                request.limit = 5
                while !done.value {
                    do {
                        let result = try cache.search(request)
                        if result.total < last { failures.add("reader \(reader): total went back from \(last) to \(result.total)") }
                        last = result.total
                        if result.hits.count != min(5, result.total) { failures.add("reader \(reader): \(result.hits.count) hits of \(result.total)") }
                        let relevance = result.hits.compactMap(\.relevance)
                        if relevance != relevance.sorted(by: >) { failures.add("reader \(reader): hits out of order") }
                    } catch {
                        failures.add("reader \(reader): \(error)")
                    }
                }
            })
        }
        readers.forEach { $0.start() }
        for i in 0..<pages {
            try t.store.writePage(source: "s", run: nil, records: try Feed.records(Feed.dataset("p\(i)", title: "Fietspaden \(i)")))
        }
        done.set()
        for _ in readers { finished.wait() }
        #expect(failures.all.isEmpty, "\(failures.all.prefix(5))")
        let deadline = Date().addingTimeInterval(60)
        while !cache.isSnapshotCurrent && Date() < deadline {
            _ = try cache.search(SearchRequest(text: "fietspad"))
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(cache.isSnapshotCurrent)
        let settled = try cache.search(SearchRequest(text: "fietspad"))
        #expect(settled.total == pages + 1)
        #expect(settled.hits == (try t.store.search(SearchRequest(text: "fietspad"))).hits)
    }
}

/// Messages from several threads.
private final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}

private final class DoneFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    func set() { lock.withLock { done = true } }
    var value: Bool { lock.withLock { done } }
}
