import GRDB

/// What a long-lived reader (`oogst serve`) keeps in memory to answer searches without SQL doing the
/// per-match work: facet values, the full-text postings, and the record columns that filter and sort.
/// It describes one generation of the store; `SearchCache` builds a new one when the generation moves.
final class SearchSnapshot: Sendable {
    let facets: FacetIndex
    let terms: TermIndex
    let records: RecordColumns

    /// Reads all three in the caller's transaction, so they describe the same catalog.
    init(_ db: Database) throws {
        facets = try FacetIndex(db)
        terms = try TermIndex(db)
        records = try RecordColumns(db)
    }
}

/// Per record number: live or not, score and modified date (what filters and sort orders read).
struct RecordColumns: Sendable {
    /// Not withdrawn (false for numbers no record has).
    let live: [Bool]
    /// The same as bits: where every search's set of allowed records starts.
    let liveRecords: RecordBits
    let score: [Int32]
    let modified: [String?]

    init(_ db: Database) throws {
        let maxID = Int(try Int64.fetchOne(db, sql: "SELECT max(id) FROM record") ?? 0)
        var live = [Bool](repeating: false, count: maxID + 1)
        var score = [Int32](repeating: 0, count: maxID + 1)
        var modified = [String?](repeating: nil, count: maxID + 1)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, score, modified, withdrawn_at IS NULL FROM record")
        while let row = try rows.next() {
            let id: Int = row[0]
            guard id >= 0, id <= maxID else { continue }
            score[id] = row[1]
            modified[id] = row[2]
            live[id] = row[3]
        }
        self.live = live
        var bits = RecordBits(count: maxID + 1)
        for (id, isLive) in live.enumerated() where isLive { bits.insert(id) }
        self.liveRecords = bits
        self.score = score
        self.modified = modified
    }

    func isLive(_ record: Int) -> Bool { record >= 0 && record < live.count && live[record] }
}
