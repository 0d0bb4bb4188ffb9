import Foundation
import GRDB

/// How a run ended (`running` while it goes).
public enum RunStatus: String, Codable, Sendable, CaseIterable {
    case running, succeeded, partial, failed, held
}

/// One problem on one page, with the place.
public struct PageError: Codable, Sendable, Equatable {
    public var url: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(url: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.url = url; self.line = line; self.column = column; self.message = message
    }
}

/// One harvest of one source, as `oogst runs` and `oogst harvest --json` report it.
public struct RunReport: Codable, Sendable, Equatable {
    public var id: Int64
    public var source: String
    public var status: RunStatus
    public var startedAt: String
    public var finishedAt: String?
    public var pages = 0
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var withdrawn = 0
    public var failed = 0
    /// Why a run was held or failed.
    public var message: String?
    public var errors: [PageError] = []

    enum CodingKeys: String, CodingKey {
        case id, source, status, pages, added, updated, unchanged, withdrawn, failed, message, errors
        case startedAt = "started_at"
        case finishedAt = "finished_at"
    }

    public init(id: Int64, source: String, status: RunStatus, startedAt: String) {
        self.id = id; self.source = source; self.status = status; self.startedAt = startedAt
    }

    /// A time as the store writes `started_at` and `finished_at`, so a report built in memory reads the
    /// same as the one `runs` reads back.
    public static func timestamp(_ date: Date) -> String { StoreTime.string(date) }
}

extension CatalogStore {
    /// Opens a run for a source (registered beforehand).
    public func startRun(source: String, at date: Date = Date()) throws -> Int64 {
        try write { db in
            try db.execute(sql: "INSERT INTO run (source_id, started_at, status) VALUES (?, ?, 'running')",
                           arguments: [source, StoreTime.string(date)])
            return db.lastInsertedRowID
        }
    }

    /// Records a page problem as it happens, so a crash later keeps it.
    public func recordError(run: Int64, _ error: PageError) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO run_error (run_id, url, line, \"column\", message) VALUES (?, ?, ?, ?, ?)",
                           arguments: [run, error.url, error.line, error.column, error.message])
        }
    }

    /// Closes a run with its counts.
    public func finishRun(_ report: RunReport, at date: Date = Date()) throws {
        try write { db in
            try db.execute(sql: """
                UPDATE run SET finished_at = ?, status = ?, pages = ?, added = ?, updated = ?, unchanged = ?,
                    withdrawn = ?, failed = ?, message = ? WHERE id = ?
                """, arguments: [StoreTime.string(date), report.status.rawValue, report.pages, report.added,
                                 report.updated, report.unchanged, report.withdrawn, report.failed, report.message,
                                 report.id])
        }
    }

    /// Runs still `running` belong to a process that died: they become `failed` (call at start-up, under the
    /// one-writer lock). Returns how many.
    @discardableResult
    public func failInterruptedRuns(at date: Date = Date()) throws -> Int {
        try write { db in
            try db.execute(sql: """
                UPDATE run SET status = 'failed', finished_at = ?,
                    message = 'interrupted: the process stopped before the run finished'
                WHERE status = 'running'
                """, arguments: [StoreTime.string(date)])
            return db.changesCount
        }
    }

    /// Runs, newest first.
    public func runs(source: String? = nil, limit: Int = 50) throws -> [RunReport] {
        try read { db in
            var sql = "SELECT * FROM run"
            var arguments: StatementArguments = []
            if let source { sql += " WHERE source_id = ?"; arguments += [source] }
            sql += " ORDER BY id DESC LIMIT ?"
            arguments += [limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                var r = RunReport(id: row["id"], source: row["source_id"],
                                  status: RunStatus(rawValue: row["status"]) ?? .failed, startedAt: row["started_at"])
                r.finishedAt = row["finished_at"]
                r.pages = row["pages"]; r.added = row["added"]; r.updated = row["updated"]
                r.unchanged = row["unchanged"]; r.withdrawn = row["withdrawn"]; r.failed = row["failed"]
                r.message = row["message"]
                r.errors = try Row.fetchAll(db, sql: """
                    SELECT url, line, "column", message FROM run_error WHERE run_id = ? ORDER BY id
                    """, arguments: [r.id]).map {
                    PageError(url: $0["url"], line: $0["line"], column: $0["column"], message: $0["message"])
                }
                return r
            }
        }
    }

    public func sources() throws -> [SourceInfo] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM source ORDER BY id").map {
                SourceInfo(id: $0["id"], title: $0["title"], url: $0["url"], kind: $0["kind"])
            }
        }
    }
}
