import GRDB
import GRDBSQLite

/// The full-text index once more, in memory, with what bm25 needs at hand: for every index word the
/// records that hold it and its weighted count in each, and every record's length in words.
///
/// FTS5 ranks by reading, for each match, its position list and its row in `record_fts_docsize`: a
/// b-tree probe per match. A word found in 100,000 of a million records then costs ~300 ms before the
/// first hit is known, and no FTS5 option stops early. Here the same sums are a walk over two arrays
/// (~1 ms for 100,000 matches), giving the same numbers: `MemorySearch` evaluates FTS5's bm25 formula
/// in its order of operations, so hits, order and relevance equal the SQL plan's.
///
/// It is built from the text FTS5 holds (`record_fts`), split at spaces as `unicode61` splits our
/// analysed text (letters and digits only; see `TextAnalyzer`). Postings are delta-coded varints
/// (record number gap, weighted count): ~2.5 bytes each, ~95 MB for a million records of ~38 distinct
/// words (the synthetic catalog's figures).
final class TermIndex: @unchecked Sendable {
    /// bm25's column weights, in `record_fts` column order; `CatalogStore.columnWeights` writes the same
    /// numbers into SQL (a test holds the two equal).
    static let columnWeights: [UInt32] = [10, 2, 5, 3, 2]

    /// Rows of `record_fts` (live and withdrawn: FTS5 counts them all).
    let rowCount: Int
    /// Words over all rows, divided by `rowCount` (FTS5's avgdl).
    let averageLength: Double
    /// Words in each row, by record number (0 where there is no row).
    let lengths: [UInt32]
    /// The highest record number with a row.
    let maxRecord: Int

    private let words: ByteKeyTable
    /// Term numbers in byte order of their words, for prefix lookups.
    private let sortedTerms: [Int32]
    /// `postings[start[t]..<start[t + 1]]` are term t's postings.
    private let start: [Int]
    private let postings: [UInt8]
    /// Records that hold each term.
    private let documentFrequency: [Int32]

    /// One record's weighted count of a term: Σ over columns of weight × occurrences.
    struct Posting {
        var record: Int32
        var weighted: UInt32
    }

    init(_ db: Database) throws {
        var builder = Builder()
        let statement = try db.makeStatement(sql: """
            SELECT rowid, title, description, keywords, publisher, themes FROM record_fts ORDER BY rowid
            """)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let step = sqlite3_step(handle)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: step), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            let record = Int(sqlite3_column_int64(handle, 0))
            guard record >= 0, record <= Int(Int32.max) else { throw SnapshotError.recordNumber(Int64(record)) }
            for column in 0..<5 {
                let count = Int(sqlite3_column_bytes(handle, CInt(column + 1)))
                guard count > 0, let text = sqlite3_column_text(handle, CInt(column + 1)) else { continue }
                builder.add(UnsafeBufferPointer(start: text, count: count), weight: Self.columnWeights[column])
            }
            builder.endRecord(record)
        }
        rowCount = builder.rows
        averageLength = builder.rows == 0 ? 0 : Double(builder.totalWords) / Double(builder.rows)
        maxRecord = builder.lengths.count - 1
        lengths = builder.lengths
        words = builder.words
        documentFrequency = builder.documentFrequency
        var start = [Int](repeating: 0, count: builder.streams.count + 1)
        var all: [UInt8] = []
        all.reserveCapacity(builder.streams.reduce(0) { $0 + $1.count })
        for t in builder.streams.indices {
            all.append(contentsOf: builder.streams[t])
            builder.streams[t] = []
            start[t + 1] = all.count
        }
        self.start = start
        self.postings = all
        self.sortedTerms = words.idsInByteOrder()
    }

    /// The bytes its arrays hold (capacity left over not counted).
    var byteCount: Int {
        postings.count + start.count * 8 + lengths.count * 4 + documentFrequency.count * 4 + sortedTerms.count * 4
            + words.byteCount
    }

    /// The term number of an index word, if any row holds it.
    func term(_ word: String) -> Int32? {
        var word = word
        return word.withUTF8 { words.find($0) }
    }

    /// Terms whose words start with `prefix` (FTS5's `"prefix"*`).
    func terms(withPrefix prefix: String) -> [Int32] {
        let key = Array(prefix.utf8)
        var low = 0, high = sortedTerms.count
        while low < high {
            let mid = (low + high) / 2
            if words.key(sortedTerms[mid]).lexicographicallyPrecedes(key) { low = mid + 1 } else { high = mid }
        }
        var out: [Int32] = []
        var i = low
        while i < sortedTerms.count, words.key(sortedTerms[i]).starts(with: key) {
            out.append(sortedTerms[i])
            i += 1
        }
        return out
    }

    func frequency(_ term: Int32) -> Int { Int(documentFrequency[Int(term)]) }

    /// Term t's postings, in record order.
    func postings(_ term: Int32) -> [Posting] {
        var out: [Posting] = []
        out.reserveCapacity(Int(documentFrequency[Int(term)]))
        forEachPosting(term) { out.append($0) }
        return out
    }

    func forEachPosting(_ term: Int32, _ body: (Posting) -> Void) {
        postings.withUnsafeBufferPointer { bytes in
            var i = start[Int(term)]
            let end = start[Int(term) + 1]
            var record: Int32 = 0
            while i < end {
                record += Int32(truncatingIfNeeded: Self.varint(bytes, &i))
                body(Posting(record: record, weighted: UInt32(truncatingIfNeeded: Self.varint(bytes, &i))))
            }
        }
    }

    /// Every word with the number of rows that hold it, in byte order (for tests: FTS5's own vocabulary
    /// must read the same).
    func vocabulary() -> [(word: String, rows: Int)] {
        sortedTerms.map { (String(decoding: words.key($0), as: UTF8.self), Int(documentFrequency[Int($0)])) }
    }

    @inline(__always)
    private static func varint(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = bytes[i]
            i += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// Collects postings row by row.
    private struct Builder {
        var words = ByteKeyTable()
        var streams: [[UInt8]] = []
        var documentFrequency: [Int32] = []
        var lastRecord: [Int32] = []
        var lengths: [UInt32] = [0]
        var rows = 0
        var totalWords = 0
        /// This row's weighted count per term, and the terms it touched.
        var rowCounts: [UInt32] = []
        var touched: [Int32] = []
        var rowWords: UInt32 = 0

        mutating func add(_ text: UnsafeBufferPointer<UInt8>, weight: UInt32) {
            var wordStart = 0
            for i in 0...text.count where i == text.count || text[i] == UInt8(ascii: " ") {
                if i > wordStart {
                    let term = Int(words.insert(UnsafeBufferPointer(rebasing: text[wordStart..<i])))
                    if term == streams.count {
                        streams.append([])
                        documentFrequency.append(0)
                        lastRecord.append(0)
                        rowCounts.append(0)
                    }
                    if rowCounts[term] == 0 { touched.append(Int32(term)) }
                    rowCounts[term] += weight
                    rowWords += 1
                }
                wordStart = i + 1
            }
        }

        mutating func endRecord(_ record: Int) {
            if lengths.count <= record { lengths.append(contentsOf: repeatElement(0, count: record + 1 - lengths.count)) }
            lengths[record] = rowWords
            rows += 1
            totalWords += Int(rowWords)
            rowWords = 0
            for term in touched {
                let t = Int(term)
                Self.appendVarint(UInt64(record - Int(lastRecord[t])), to: &streams[t])
                Self.appendVarint(UInt64(rowCounts[t]), to: &streams[t])
                lastRecord[t] = Int32(record)
                documentFrequency[t] += 1
                rowCounts[t] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }

        static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
            var v = value
            while v >= 0x80 {
                out.append(UInt8(truncatingIfNeeded: v) | 0x80)
                v >>= 7
            }
            out.append(UInt8(v))
        }
    }
}

/// Byte strings numbered in the order they were first inserted: an open-addressing hash table over one
/// buffer of keys, so building the index makes no `String` per word.
struct ByteKeyTable {
    private var keyBytes: [UInt8] = []
    /// `keyBytes[keyStart[id]..<keyStart[id + 1]]` is key `id`.
    private var keyStart: [Int] = [0]
    /// Key number + 1 per slot; 0 is empty.
    private var slots = [Int32](repeating: 0, count: 1024)

    var count: Int { keyStart.count - 1 }

    var byteCount: Int { keyBytes.count + keyStart.count * 8 + slots.count * 4 }

    func key(_ id: Int32) -> ArraySlice<UInt8> { keyBytes[keyStart[Int(id)]..<keyStart[Int(id) + 1]] }

    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & (slots.count - 1)
        while slots[slot] != 0 {
            let id = slots[slot] - 1
            if equals(id, key) { return id }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// The key's number, a new one if it was not there.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & (slots.count - 1)
        while slots[slot] != 0 {
            let id = slots[slot] - 1
            if equals(id, key) { return id }
            slot = (slot + 1) & (slots.count - 1)
        }
        let id = Int32(count)
        keyBytes.append(contentsOf: key)
        keyStart.append(keyBytes.count)
        slots[slot] = id + 1
        if count * 2 > slots.count { grow() }
        return id
    }

    func idsInByteOrder() -> [Int32] {
        (0..<Int32(count)).sorted { key($0).lexicographicallyPrecedes(key($1)) }
    }

    private func equals(_ id: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let from = keyStart[Int(id)], to = keyStart[Int(id) + 1]
        guard to - from == key.count else { return false }
        for i in 0..<key.count where keyBytes[from + i] != key[i] { return false }
        return true
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        for id in 0..<Int32(count) {
            let hash = keyBytes[keyStart[Int(id)]..<keyStart[Int(id) + 1]].withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & (bigger.count - 1)
            while bigger[slot] != 0 { slot = (slot + 1) & (bigger.count - 1) }
            bigger[slot] = id + 1
        }
        slots = bigger
    }

    /// FNV-1a.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
