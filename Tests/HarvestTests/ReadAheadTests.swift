import Foundation
@testable import Harvest
import Quality
import Testing
import TestSupport

/// `PageReadAhead` on its own, against the scenario server's 40-page feed (`long`): how far it reads ahead
/// of the walk, how it follows a walk that goes elsewhere, and how it stops.
@Suite("Reading pages ahead")
struct ReadAheadTests {
    @Test func readsNoMoreThanItsCapacityAheadOfTheWalk() async throws {
        let h = try await Harness()
        defer { h.close() }
        var reader = try Self.reader(h, capacity: 2)
        let first = await reader.take(Self.page(h, 1))
        #expect(Self.next(of: first) == Self.page(h, 2))
        // Page 1 taken; pages 2 and 3 read and held; page 4 waits for room.
        try await Self.settled(h) { $0 >= 3 }
        #expect(try h.server.feedState(key: h.key).full == 3)
        let second = await reader.take(Self.page(h, 2))
        #expect(Self.next(of: second) == Self.page(h, 3))
        try await Self.settled(h) { $0 >= 4 }
        #expect(try h.server.feedState(key: h.key).full == 4, "one page taken, one more read")
        await reader.stop()
    }

    @Test func aPageTheReaderDidNotReadNextIsReadFromThereOn() async throws {
        let h = try await Harness()
        defer { h.close() }
        var reader = try Self.reader(h, capacity: 2)
        #expect(Self.next(of: await reader.take(Self.page(h, 1))) == Self.page(h, 2))
        // The walk goes to page 10 (the reader holds 2 and 3): those are dropped, reading starts at 10.
        #expect(Self.next(of: await reader.take(Self.page(h, 10))) == Self.page(h, 11))
        #expect(Self.next(of: await reader.take(Self.page(h, 11))) == Self.page(h, 12))
        await reader.stop()
    }

    @Test func followsTheFeedToItsLastPageAndStops() async throws {
        let h = try await Harness()
        defer { h.close() }
        var reader = try Self.reader(h, capacity: 2, variant: "full")
        for n in 1...5 {
            let read = await reader.take(Self.page(h, n))
            #expect(Self.next(of: read) == (n < 5 ? Self.page(h, n + 1) : nil), "page \(n)")
        }
        await reader.stop()
        #expect(try h.server.feedState(key: h.key).full == 5, "each page once, nothing past the last")
    }

    @Test func stopLetsGoOfAReaderWaitingForRoomAndReadsNothingMore() async throws {
        let h = try await Harness()
        defer { h.close() }
        var reader = try Self.reader(h, capacity: 1)
        _ = await reader.take(Self.page(h, 1))
        try await Self.settled(h) { $0 >= 2 }
        await reader.stop()
        let served = try h.server.feedState(key: h.key).full
        try await Task.sleep(nanoseconds: 300_000_000)
        #expect(try h.server.feedState(key: h.key).full == served)
        #expect(served == 2, "page 1 taken, page 2 held (capacity 1)")
    }

    // MARK: helpers

    /// A reader of `variant` of the test's feed (`long`: 40 pages of 5 datasets; `full`: 5 pages of 2).
    static func reader(_ h: Harness, capacity: Int, variant: String = "long") throws -> PageReadAhead {
        try h.server.control(key: h.key, variant: variant)
        let context = PageContext(runner: h.runner, source: h.feedSource(), run: 0, scorer: Scorer(), sourceHadRecords: false)
        return PageReadAhead(context: context, capacity: capacity, maxPages: 100, cancel: CancellationFlag())
    }

    static func page(_ h: Harness, _ n: Int) -> String { h.server.url("/feed?key=\(h.key)&page=\(n)").absoluteString }

    /// The page's next link, or nil (and a recorded issue) when it was not parsed.
    static func next(of read: PageRead, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        guard case .parsed(let page) = read else {
            Issue.record("not parsed: \(read)", sourceLocation: sourceLocation)
            return nil
        }
        return page.links.next
    }

    /// Waits until the count of pages served satisfies `reached` (at most 10 s), then 300 ms more, so that
    /// a reader that went on past it would have been seen doing so.
    static func settled(_ h: Harness, _ reached: (Int) -> Bool) async throws {
        let deadline = Date().addingTimeInterval(10)
        while try !reached(h.server.feedState(key: h.key).full) {
            guard Date() < deadline else {
                Issue.record("the reader did not get there in 10 s")
                return
            }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        try await Task.sleep(nanoseconds: 300_000_000)
    }
}
