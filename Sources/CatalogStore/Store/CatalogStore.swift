import Foundation
import GRDB

/// The local catalog: one SQLite file in WAL mode. Readers never block the one writer (the harvester),
/// and every statement goes through GRDB's prepared-statement cache.
public final class CatalogStore: Sendable {
    /// Bytes of the file each connection maps when `mapped` (SQLite caps it at its own compile-time maximum).
    static let mmapSize = 1 << 30
    /// The writer's page cache (SQLite's default is 2 MB): a page transaction inserts into a dozen b-trees
    /// (indexes, the FTS5 segments) all over the file, and pages evicted mid-transaction are read again.
    static let writerCacheKiB = 32_768
    /// The page size of a new file (SQLite's default is 4 KB; a file keeps the size it was made with).
    /// A record is ~5 KB of blobs plus its index and FTS5 entries: with 16 KB pages a 20k-record load
    /// wrote 16 % fewer bytes, each commit wrote its WAL frames in a third less time, and no query class
    /// got slower (docs/benchmarks.md).
    static let pageSize = 16_384

    /// The file, or `:memory:`.
    public let path: String
    let database: any DatabaseWriter
    /// How this file turns IRIs into the numbers records are found by (its seed is the file's own).
    let iriKeys: IRIKeys
    /// Checkpoints the write-ahead log off the writer's thread (in place of SQLite's automatic checkpoint).
    let checkpointer: BackgroundCheckpointer

    /// Opens (creating if needed) and migrates to the current schema.
    ///
    /// - Parameters:
    ///   - schemaVersion: stop at this migration (tests build files of earlier versions with it).
    ///   - mapped: read pages through a memory map of the file instead of a `pread` and a copy per page,
    ///     for a long-lived reader (`oogst serve`): a third of a computed search's samples (perf) were in
    ///     the kernel, mostly copying pages out of the page cache. The mapped pages are the kernel's page cache,
    ///     shared and reclaimable, but they count in the process's resident size; one-shot commands and the
    ///     harvester do without.
    public init(path: String, schemaVersion: String? = nil, mapped: Bool = false) throws {
        self.path = path
        let checkpointer = BackgroundCheckpointer(path: path, budget: WALBudget.pages(filePages: 0, pageSize: Self.pageSize))
        self.checkpointer = checkpointer
        var config = Configuration()
        config.busyMode = .timeout(10)
        // The checkpointer is the store's: the pool, which may outlive the store a moment, does not hold it.
        config.prepareDatabase { [weak checkpointer] db in
            // WAL gives durability at commit with NORMAL; a crash loses at most the last transaction.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Only the writer: readers keep the defaults (a server may hold several).
            if !db.configuration.readonly {
                // Only takes effect before the first table is made (and before WAL mode, which GRDB
                // turns on after this); an existing file keeps its size.
                try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
                try db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)")
                checkpointer?.attach(to: db)
                checkpointer?.setBudget(try WALBudget.pages(db))
            }
            if mapped {
                try db.execute(sql: "PRAGMA mmap_size = \(Self.mmapSize)")
            }
        }
        do {
            if path == ":memory:" {
                database = try DatabaseQueue(configuration: config)
            } else {
                database = try DatabasePool(path: path, configuration: config)
            }
            let migrator = Migrations.migrator(upTo: schemaVersion)
            try database.read { db in
                if try migrator.hasBeenSuperseded(db) {
                    throw StoreError(path: path, message: "the database was written by a newer Oogst (schema \(try Self.appliedMigrations(db).last ?? "?")); upgrade Oogst to open it")
                }
            }
            try migrator.migrate(database)
            // Files of a schema before v8 (only tests make them) have no keys: nothing they hold is looked up by one.
            iriKeys = try database.read(IRIKeys.load) ?? IRIKeys(seed: 0)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, underlying: error)
        }
    }

    deinit {
        checkpointer.detach(from: database)
    }

    /// Folds the write-ahead log into the database file (sizes are then honest; readers see the same data).
    public func checkpoint() throws {
        // A round of the background checkpointer would turn this one away as busy.
        checkpointer.waitUntilIdle()
        do { _ = try database.writeWithoutTransaction { db in try db.checkpoint(.truncate) } } catch let error as DatabaseError {
            throw StoreError(path: path, underlying: error)
        }
    }

    /// The migrations applied to the file, oldest first.
    public func schemaVersions() throws -> [String] {
        try read { db in try Self.appliedMigrations(db) }
    }

    static func appliedMigrations(_ db: Database) throws -> [String] {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
    }

    /// Database failures become a `StoreError` naming the file; the body's own errors pass unchanged.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try database.read(body) } catch let error as DatabaseError {
            throw StoreError(path: path, underlying: error)
        }
    }

    /// One transaction: all of `body` or nothing. Every write moves the store's generation on.
    ///
    /// `foreignKeysChecked: false` is for a body that keeps the references right by construction (the
    /// page writer: it adds a record before what hangs off it and deletes what hangs off a record itself):
    /// SQLite then skips a parent lookup for every row it inserts, a tenth of a page's transaction. Tests
    /// hold such bodies to `PRAGMA foreign_key_check`.
    func write<T>(foreignKeysChecked: Bool = true, _ body: (Database) throws -> T) throws -> T {
        do {
            if foreignKeysChecked {
                return try database.write { db in try Self.writeBody(db, body) }
            }
            return try database.writeWithoutTransaction { db in
                // Only outside a transaction does this pragma take effect.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                var result: T?
                try db.inTransaction {
                    result = try Self.writeBody(db, body)
                    return .commit
                }
                // Page transactions are what grows the file.
                checkpointer.setBudget(try WALBudget.pages(db))
                return result!
            }
        } catch let error as DatabaseError {
            throw StoreError(path: path, underlying: error)
        }
    }

    private static func writeBody<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        let result = try body(db)
        try db.cachedStatement(sql: "UPDATE store_state SET generation = generation + 1 WHERE id = 1").execute()
        return result
    }

    /// A number that changes whenever a write transaction commits, from this process or another one: what
    /// a reader compares to know whether a result it kept is still the catalog's answer.
    public func generation() throws -> Int64 {
        try read { db in try Self.generation(db) }
    }

    static func generation(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT generation FROM store_state WHERE id = 1")) ?? 0
    }
}

/// A store failure, naming the file.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String

    public init(path: String, message: String) { self.path = path; self.message = message }

    init(path: String, underlying: any Error) {
        self.path = path
        if let db = underlying as? DatabaseError {
            self.message = db.message ?? "\(db.resultCode)"
        } else {
            self.message = String(describing: underlying)
        }
    }

    public var description: String { "\(path): \(message)" }
}

/// Timestamps as stored: ISO 8601 UTC with seconds (`2026-11-29T09:30:00Z`), so text order is time order.
enum StoreTime {
    static func string(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var t = tm()
        gmtime_r(&seconds, &t)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(t.tm_year) + 1900, Int(t.tm_mon) + 1,
                      Int(t.tm_mday), Int(t.tm_hour), Int(t.tm_min), Int(t.tm_sec))
    }

    /// Reads back what `string` wrote; nil for anything else.
    static func date(_ string: String) -> Date? {
        let b = Array(string.utf8)
        guard b.count == 20, b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58, b[19] == 90 else { return nil }
        func number(_ from: Int, _ to: Int) -> Int32? {
            var n: Int32 = 0
            for c in b[from..<to] {
                guard (48...57).contains(c) else { return nil }
                n = n * 10 + Int32(c - 48)
            }
            return n
        }
        guard let y = number(0, 4), let mo = number(5, 7), let d = number(8, 10), let h = number(11, 13),
              let mi = number(14, 16), let s = number(17, 19) else { return nil }
        var t = tm()
        t.tm_year = y - 1900; t.tm_mon = mo - 1; t.tm_mday = d; t.tm_hour = h; t.tm_min = mi; t.tm_sec = s
        return Date(timeIntervalSince1970: TimeInterval(timegm(&t)))
    }
}
