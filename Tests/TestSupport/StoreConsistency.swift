import Foundation
import GRDB

/// Checks a catalog file the way a crash could break it: every record has its score and its search row,
/// nothing hangs off a record that is gone, no run is left half-open, and SQLite itself finds the file sound.
/// Opened read-only beside whatever else has it open (WAL readers never block).
public enum StoreConsistency {
    /// The problems found, as sentences; empty when the file is consistent.
    public static func check(path: String) throws -> [String] {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        return try queue.read { db in
            var problems: [String] = []
            func expectZero(_ what: String, _ sql: String) throws {
                let n = try Int.fetchOne(db, sql: sql) ?? -1
                if n != 0 { problems.append("\(n) \(what)") }
            }
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems.append("integrity_check: \(integrity.joined(separator: "; "))") }
            let foreign = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !foreign.isEmpty { problems.append("foreign_key_check: \(foreign.count) rows point nowhere") }
            try expectZero("records without a score row",
                           "SELECT count(*) FROM record r WHERE NOT EXISTS (SELECT 1 FROM score s WHERE s.record_id = r.id)")
            try expectZero("records without a body (model and subgraph)",
                           "SELECT count(*) FROM record r WHERE NOT EXISTS (SELECT 1 FROM record_body b WHERE b.record_id = r.id)")
            try expectZero("records without a search row",
                           "SELECT count(*) FROM record r WHERE NOT EXISTS (SELECT 1 FROM record_fts f WHERE f.rowid = r.id)")
            try expectZero("search rows without a record",
                           "SELECT count(*) FROM record_fts f WHERE NOT EXISTS (SELECT 1 FROM record r WHERE r.id = f.rowid)")
            try expectZero("score rows without a record",
                           "SELECT count(*) FROM score s WHERE NOT EXISTS (SELECT 1 FROM record r WHERE r.id = s.record_id)")
            try expectZero("distributions without a record",
                           "SELECT count(*) FROM distribution d WHERE NOT EXISTS (SELECT 1 FROM record r WHERE r.id = d.record_id)")
            try expectZero("facet links without a record",
                           "SELECT count(*) FROM record_facet f WHERE NOT EXISTS (SELECT 1 FROM record r WHERE r.id = f.record_id)")
            // Since schema v8 the writer keeps (source, IRI) unique, not an index: a crash must not break it.
            try expectZero("(source, IRI) pairs stored more than once",
                           "SELECT count(*) FROM (SELECT 1 FROM record GROUP BY source_id, iri HAVING count(*) > 1)")
            try expectZero("records whose score column differs from their score row",
                           "SELECT count(*) FROM record r JOIN score s ON s.record_id = r.id WHERE r.score <> s.total OR r.rating <> s.rating")
            return problems
        }
    }

    /// One number from the file (a count), for tests that compare counts.
    public static func count(path: String, _ sql: String) throws -> Int {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: path, configuration: config).read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    /// Rows as dictionaries of text, for checks of run tables and the like.
    public static func rows(path: String, _ sql: String) throws -> [[String: String]] {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: path, configuration: config).read { db in
            try Row.fetchAll(db, sql: sql).map { row in
                var out: [String: String] = [:]
                for (column, value) in row {
                    switch value.storage {
                    case .null: out[column] = ""
                    case .int64(let n): out[column] = String(n)
                    case .double(let d): out[column] = String(d)
                    case .string(let s): out[column] = s
                    case .blob(let b): out[column] = b.base64EncodedString()
                    }
                }
                return out
            }
        }
    }
}
