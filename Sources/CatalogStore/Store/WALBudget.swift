import GRDB

/// How much the write-ahead log may hold before it is folded into the database file
/// (`BackgroundCheckpointer`): an eighth of the file, at least 40 MB and at most 512 MB.
///
/// IRIs, dates and scores arrive in no order, so each page of records inserts all over the indexes; in a
/// large file nearly every insert dirties a leaf page of its own. A checkpoint writes each page once
/// however many commits changed it since the last one, so the fewer checkpoints, the fewer times the same
/// leaves are written. A fixed 40 MB meant a checkpoint after nearly every page of 1,000 records once the
/// catalog had a few hundred thousand; a log of ~300 MB wrote 17 % fewer bytes loading 500,000 records
/// (docs/benchmarks.md). The log's disk space is what it costs, and SQLite removes the log when the
/// last connection closes.
enum WALBudget {
    static let minimumBytes = 40 << 20
    static let maximumBytes = 512 << 20

    /// The `wal_autocheckpoint` setting, in pages, for a file of `filePages` pages of `pageSize` bytes.
    static func pages(filePages: Int, pageSize: Int) -> Int {
        let bytes = min(max(filePages * pageSize / 8, minimumBytes), maximumBytes)
        return bytes / max(pageSize, 512)
    }

    /// The budget for the file as it is now (asked when the writer opens and after each page
    /// transaction, so a first harvest into an empty file gets a larger budget as it grows).
    static func pages(_ db: Database) throws -> Int {
        let filePages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
        let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? CatalogStore.pageSize
        return pages(filePages: filePages, pageSize: pageSize)
    }
}
