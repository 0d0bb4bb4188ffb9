import Foundation
import GRDB
import GRDBSQLite

/// A prepared statement driven through SQLite's C API, for the page writer's hot loop.
///
/// A record write runs about fifteen statements. Through GRDB each one built a `StatementArguments` of
/// boxed values, hashed its SQL text to find the cached statement and converted every value again:
/// together about as much work as SQLite's own inserts. Here the statement is looked up once per page
/// and values are bound as they are. The statement stays GRDB's (the cached one), so GRDB still owns
/// its lifetime; the transaction is GRDB's too, and `Database.changesCount`/`lastInsertedRowID` read
/// the connection, so they stay right.
struct BoundStatement {
    private let statement: Statement
    private let handle: SQLiteStatement
    private let db: Database
    private var index: CInt = 0

    /// SQLite copies bound text and blobs (the Swift buffers are only borrowed for the call).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, _ sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        self.db = db
    }

    /// Starts a new execution: bindings cleared, then bound in order by the `bind` calls that follow.
    mutating func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        index = 0
    }

    mutating func bind(_ value: Int64?) {
        index += 1
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }

    mutating func bind(_ value: String?) {
        index += 1
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { utf8 in
            // An empty string still needs a non-null pointer, or SQLite binds NULL.
            _ = sqlite3_bind_text(handle, index, utf8.baseAddress.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(("" as StaticString).utf8Start),
                                  CInt(utf8.count), Self.transient)
        }
    }

    mutating func bind(_ value: Data) {
        index += 1
        _ = value.withUnsafeBytes { raw in
            if let base = raw.baseAddress, raw.count > 0 {
                sqlite3_bind_blob(handle, index, base, CInt(raw.count), Self.transient)
            } else {
                sqlite3_bind_zeroblob(handle, index, 0)
            }
        }
    }

    /// Runs a statement that returns no rows.
    func run() throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw error(code) }
        sqlite3_reset(handle)
    }

    /// Steps to the next row; false when there is none (the statement is then reset).
    func next() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE:
            sqlite3_reset(handle)
            return false
        default: throw error(code)
        }
    }

    func int64(_ column: CInt) -> Int64 { sqlite3_column_int64(handle, column) }
    func isNull(_ column: CInt) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    /// Whether the current row's text column equals `value`, without making a String of it.
    func text(_ column: CInt, equals value: String) -> Bool {
        guard let bytes = sqlite3_column_text(handle, column) else { return false }
        let count = Int(sqlite3_column_bytes(handle, column))
        var value = value
        return value.withUTF8 { utf8 in
            utf8.count == count && (count == 0 || memcmp(utf8.baseAddress!, bytes, count) == 0)
        }
    }

    private func error(_ code: CInt) -> DatabaseError {
        let message = db.lastErrorMessage
        sqlite3_reset(handle)
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}
