import GRDB

/// What a long-lived reader (`oogst serve`) keeps in memory to answer searches without SQL doing the
/// per-match work: facet values, the full-text postings, and the record columns that filter and sort.
/// It describes one generation of the store; `SearchCache` builds a new one when the generation moves.
final class SearchSnapshot: Sendable {
    let facets: FacetIndex
    let terms: TermIndex
    let records: RecordColumns

    /// The bytes of its arrays (a lower bound on its memory: Swift strings of dates and labels aside).
    var byteCount: Int { facets.byteCount + terms.byteCount + records.byteCount }

    /// Reads all three in the caller's transaction, so they describe the same catalog.
    init(_ db: Database) throws {
        facets = try FacetIndex(db)
        terms = try TermIndex(db)
        records = try RecordColumns(db)
    }
}

/// Per record number: live or not, score and modified date (what filters and sort orders read).
struct RecordColumns: Sendable {
    /// Record numbers are below it.
    var count: Int { score.count }
    /// The records not withdrawn: where every search's set of allowed records starts.
    let liveRecords: RecordBits
    let score: [Int32]
    let modified: [String?]

    init(_ db: Database) throws {
        let maxID = Int(try SnapshotError.checked(Int64.fetchOne(db, sql: "SELECT max(id) FROM record") ?? 0))
        var live = RecordBits(count: maxID + 1)
        var score = [Int32](repeating: 0, count: maxID + 1)
        var modified = [String?](repeating: nil, count: maxID + 1)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, score, modified, withdrawn_at IS NULL FROM record")
        while let row = try rows.next() {
            let id: Int = row[0]
            guard id >= 0, id <= maxID else { continue }
            score[id] = row[1]
            modified[id] = row[2]
            if row[3] as Bool { live.insert(id) }
        }
        self.liveRecords = live
        self.score = score
        self.modified = modified
    }

    var byteCount: Int { liveRecords.words.count * 8 + score.count * 4 + modified.count * 16 }
}

/// Why a snapshot was not built (then SQL answers every search).
enum SnapshotError: Error, CustomStringConvertible {
    /// Arrays are indexed by record number: a number past 2³¹ − 1 (or below 0) is not held in memory.
    case recordNumber(Int64)

    var description: String {
        switch self {
        case .recordNumber(let n): return "record number \(n) is outside what the in-memory search holds (0 to 2147483647)"
        }
    }

    static func checked(_ record: Int64) throws -> Int64 {
        guard record >= 0, record <= Int64(Int32.max) else { throw recordNumber(record) }
        return record
    }
}
