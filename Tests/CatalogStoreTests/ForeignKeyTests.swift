@testable import CatalogStore
import Foundation
import GRDB
import Testing

/// Page writes run with SQLite's foreign-key checks off (they cost a tenth of the transaction); the page
/// writer keeps every reference right by construction. These tests hold it to that.
@Suite struct ForeignKeyTests {
    static func violations(_ t: TemporaryStore) throws -> [Row] {
        try DatabaseQueue(path: t.path).read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }
    }

    static func foreignKeysOn(_ t: TemporaryStore) throws -> Bool {
        try t.store.write { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") } ?? false
    }

    /// Adds, updates, unchanged marks, a withdrawal and a return, a purge: no dangling reference.
    @Test func pageWritesLeaveNoDanglingReference() throws {
        let first = Feed.dataset("a", title: "Fietspaden", keywords: ["fiets"], theme: "TRAN", format: "CSV")
            + Feed.dataset("b", title: "Bomen", theme: "ENVI", format: "JSON")
        let (t, _) = try TemporaryStore.with(first)
        let run2 = try t.store.startRun(source: "s")
        let second = Feed.dataset("a", title: "Wandelpaden", keywords: ["wandelen"], theme: "EDUC", format: "XML")
            + Feed.dataset("c", title: "Bruggen", theme: "TRAN", format: "CSV")
        #expect(try t.store.writePage(source: "s", run: run2, records: try Feed.records(second)) == PageCounts(added: 1, updated: 1))
        #expect(try t.store.withdrawUnseen(source: "s", run: run2) == 1)
        let run3 = try t.store.startRun(source: "s")
        #expect(try t.store.writePage(source: "s", run: run3, records: try Feed.records(first)).added == 1)
        #expect(try t.store.withdrawUnseen(source: "s", run: run3) == 1)
        #expect(try t.store.purgeWithdrawn(before: Date().addingTimeInterval(60)) == 1)
        #expect(try t.store.recordCount() == 2)
        #expect(try Self.violations(t).isEmpty)
        #expect(try Self.foreignKeysOn(t), "checks are back on after the page")
    }

    /// The check above can fail: a reference broken on purpose is found.
    @Test func aBrokenReferenceIsFound() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden", theme: "TRAN"))
        try t.store.write(foreignKeysChecked: false) { db in
            try db.execute(sql: "INSERT INTO record_facet (value_id, record_id) VALUES (1, 999)")
        }
        #expect(try Self.violations(t).count == 1)
    }

    /// A failed page leaves the checks on for the next writer.
    @Test func checksComeBackAfterAFailedWrite() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden"))
        struct Failure: Error {}
        #expect(throws: Failure.self) {
            try t.store.write(foreignKeysChecked: false) { _ in throw Failure() }
        }
        #expect(try Self.foreignKeysOn(t))
        // And a checked write refuses a dangling reference.
        #expect(throws: (any Error).self) {
            try t.store.write { db in try db.execute(sql: "INSERT INTO record_facet (value_id, record_id) VALUES (1, 999)") }
        }
    }
}
