import Foundation
import GRDB

/// What a complete run would withdraw, before anything is withdrawn.
public struct WithdrawalPlan: Sendable, Equatable {
    /// Live records of the source.
    public var live: Int
    /// Live records the run did not see.
    public var unseen: Int

    public var share: Double { live == 0 ? 0 : Double(unseen) / Double(live) }
}

extension CatalogStore {
    /// Counts the live records of `source` that `run` did not see.
    public func withdrawalPlan(source: String, run: Int64) throws -> WithdrawalPlan {
        try read { db in
            let live = try Int.fetchOne(db, sql: "SELECT count(*) FROM record WHERE source_id = ? AND withdrawn_at IS NULL",
                                        arguments: [source]) ?? 0
            let unseen = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM record WHERE source_id = ? AND withdrawn_at IS NULL
                    AND (last_seen_run IS NULL OR last_seen_run <> ?)
                """, arguments: [source, run]) ?? 0
            return WithdrawalPlan(live: live, unseen: unseen)
        }
    }

    /// Marks the unseen live records of `source` withdrawn (kept, hidden from search, purged after the grace
    /// period). The caller decides whether the run was complete and the share acceptable.
    @discardableResult
    public func withdrawUnseen(source: String, run: Int64, at date: Date = Date()) throws -> Int {
        try write { db in
            try db.execute(sql: """
                UPDATE record SET withdrawn_at = ? WHERE source_id = ? AND withdrawn_at IS NULL
                    AND (last_seen_run IS NULL OR last_seen_run <> ?)
                """, arguments: [StoreTime.string(date), source, run])
            return db.changesCount
        }
    }

    /// Deletes records withdrawn before `cutoff`, with everything that hangs off them. Returns how many.
    @discardableResult
    public func purgeWithdrawn(before cutoff: Date) throws -> Int {
        try write { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM record WHERE withdrawn_at IS NOT NULL AND withdrawn_at < ?",
                                         arguments: [StoreTime.string(cutoff)])
            for id in ids {
                try db.cachedStatement(sql: "DELETE FROM record_fts WHERE rowid = ?").execute(arguments: [id])
                try db.cachedStatement(sql: "DELETE FROM record WHERE id = ?").execute(arguments: [id])
            }
            return ids.count
        }
    }

    /// Marks every live record of the source that came from `pageURL` as seen (the page answered 304).
    @discardableResult
    public func markPageSeen(source: String, pageURL: String, run: Int64) throws -> Int {
        try write { db in
            try db.execute(sql: """
                UPDATE record SET last_seen_run = ? WHERE source_id = ? AND page_url = ? AND withdrawn_at IS NULL
                """, arguments: [run, source, pageURL])
            return db.changesCount
        }
    }
}
