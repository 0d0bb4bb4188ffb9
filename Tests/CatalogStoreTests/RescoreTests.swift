import DCAT
import Foundation
import Quality
import Testing
@testable import CatalogStore

/// Scores recomputed after link checks, the records read a page at a time.
@Suite struct RescoreTests {
    @Test func everyRecordIsRescoredAcrossPages() throws {
        let names = ["a", "b", "c"]
        let (t, _) = try TemporaryStore.with(names.map { Feed.dataset($0, title: "Bomen \($0)", format: "CSV") }.joined())
        func totals() throws -> [Int] {
            try t.store.read { db in try Int.fetchAll(db, sql: "SELECT score FROM record ORDER BY id") }
        }
        let before = try totals()
        #expect(before.count == 3)
        // Every access URL answered 200: the accessibility points the unchecked links lacked.
        let links = StoredLinks(results: Dictionary(uniqueKeysWithValues: names.map { ("https://example.org/files/\($0)", LinkCheck.status(200)) }))
        let scorer = Scorer(links: links)
        for pageSize in [1, 2] {
            let (u, _) = try TemporaryStore.with(names.map { Feed.dataset($0, title: "Bomen \($0)", format: "CSV") }.joined())
            #expect(try u.store.rescore(source: nil, with: scorer, run: nil, at: Date(), pageSize: pageSize) == 3)
            #expect(try u.store.rescore(source: nil, with: scorer, run: nil, at: Date(), pageSize: pageSize) == 0)
        }
        #expect(try t.store.rescore(source: "elsewhere", with: scorer) == 0)
        #expect(try t.store.rescore(with: scorer) == 3)
        let after = try totals()
        #expect(zip(before, after).allSatisfy { $0 < $1 }, "\(before) -> \(after)")
        let stored = try #require(try t.store.records(matching: "https://example.org/ds/b").first)
        #expect(stored.quality.score.total == after[1])
    }
}
