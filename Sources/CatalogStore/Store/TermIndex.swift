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
/// (record number gap, weighted count): 2.0 bytes each, 76.8 MB for the 38.2 million postings of a
/// million synthetic records. Word positions, for phrases, are a second stream (`PositionCoding`): 2.45
/// bytes a word of text, 127.4 MB for their 51.9 million words (measured by `oogst-store-bench`).
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
    /// `positions[positionStart[t]..<positionStart[t + 1]]`: for each of term t's postings in order, the
    /// number of occurrences, then each occurrence's `positionKey` as the gap from the one before.
    private let positionStart: [Int]
    private let positions: [UInt8]

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
                builder.add(UnsafeBufferPointer(start: text, count: count), column: column, weight: Self.columnWeights[column])
            }
            builder.endRecord(record)
        }
        rowCount = builder.rows
        averageLength = builder.rows == 0 ? 0 : Double(builder.totalWords) / Double(builder.rows)
        maxRecord = builder.lengths.count - 1
        lengths = builder.lengths
        words = builder.words
        documentFrequency = builder.documentFrequency
        (postings, start) = Self.concatenate(&builder.streams)
        (positions, positionStart) = Self.concatenate(&builder.positionStreams)
        self.sortedTerms = words.idsInByteOrder()
    }

    /// The bytes its arrays hold (capacity left over not counted).
    var byteCount: Int {
        postings.count + start.count * 8 + positions.count + positionStart.count * 8 + lengths.count * 4 + documentFrequency.count * 4 + sortedTerms.count * 4
            + words.byteCount
    }

    /// One buffer of every term's stream, and where each starts; each stream is freed once copied, so
    /// the peak is the streams and one copy of them.
    private static func concatenate(_ streams: inout [[UInt8]]) -> ([UInt8], [Int]) {
        var start = [Int](repeating: 0, count: streams.count + 1)
        var all: [UInt8] = []
        all.reserveCapacity(streams.reduce(0) { $0 + $1.count })
        for t in streams.indices {
            all.append(contentsOf: streams[t])
            streams[t] = []
            start[t + 1] = all.count
        }
        return (all, start)
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

    /// Where a word stands: its column in the high half, its place in the column in the low half, so
    /// the next word of the same column is the next key.
    static func positionKey(column: Int, offset: UInt64) -> UInt64 { UInt64(column) << 32 | offset }

    /// The rows where the terms stand one after another in one column (FTS5's phrase), with the
    /// phrase's occurrences weighted by column: Σ over occurrences of the weight of its column.
    func phrasePostings(_ terms: [Int32]) -> [Posting] {
        guard !terms.isEmpty else { return [] }
        return postings.withUnsafeBufferPointer { postingBytes in
            positions.withUnsafeBufferPointer { positionBytes in
                var cursors = terms.map { PositionCursor(term: Int($0), index: self) }
                var out: [Posting] = []
                var keys = [[UInt64]](repeating: [], count: terms.count)
                for c in cursors.indices where !cursors[c].advance(postingBytes, positionBytes) { return [] }
                while true {
                    let target = cursors.map(\.record).max()!
                    var aligned = true
                    for c in cursors.indices {
                        while cursors[c].record < target {
                            if !cursors[c].advance(postingBytes, positionBytes) { return out }
                        }
                        if cursors[c].record != target { aligned = false }
                    }
                    guard aligned else { continue }
                    for c in cursors.indices { cursors[c].readKeys(positionBytes, into: &keys[c]) }
                    var weighted: UInt32 = 0
                    for key in keys[0] {
                        var follows = true
                        for c in 1..<max(1, keys.count) where !Self.sortedContains(keys[c], key + UInt64(c)) {
                            follows = false
                            break
                        }
                        if follows { weighted += Self.columnWeights[Int(key >> 32)] }
                    }
                    if weighted > 0 { out.append(Posting(record: target, weighted: weighted)) }
                    if !cursors[0].advance(postingBytes, positionBytes) { return out }
                }
            }
        }
    }

    private static func sortedContains(_ keys: [UInt64], _ key: UInt64) -> Bool {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key
    }

    /// Walks one term's postings and their positions together.
    private struct PositionCursor {
        var i: Int
        let end: Int
        var p: Int
        var record: Int32 = 0
        /// Whether the current posting's positions are still to be read (or skipped).
        var positionsPending = false

        init(term: Int, index: TermIndex) {
            i = index.start[term]
            end = index.start[term + 1]
            p = index.positionStart[term]
        }

        /// Moves to the next posting; false at the end.
        mutating func advance(_ postings: UnsafeBufferPointer<UInt8>, _ positions: UnsafeBufferPointer<UInt8>) -> Bool {
            if positionsPending {
                var count = TermIndex.varint(positions, &p)
                var coding = PositionCoding()
                while count > 0 {
                    _ = coding.next(positions, &p)
                    count -= 1
                }
            }
            guard i < end else { return false }
            record += Int32(truncatingIfNeeded: TermIndex.varint(postings, &i))
            _ = TermIndex.varint(postings, &i)
            positionsPending = true
            return true
        }

        mutating func readKeys(_ positions: UnsafeBufferPointer<UInt8>, into keys: inout [UInt64]) {
            keys.removeAll(keepingCapacity: true)
            guard positionsPending else { return }
            var count = TermIndex.varint(positions, &p)
            var coding = PositionCoding()
            while count > 0 {
                keys.append(coding.next(positions, &p))
                count -= 1
            }
            positionsPending = false
        }
    }

    /// One posting's positions, in order: within a column, the gap from the word before, shifted left one
    /// bit; on a change of column, the column gap shifted left with the low bit set, then the place in the
    /// new column. Most positions then take a byte (the first of a posting in column 0 too), where a gap
    /// of whole keys would take five for every first position past column 0.
    private struct PositionCoding {
        var column: UInt64 = 0
        var offset: UInt64 = 0

        mutating func append(_ key: UInt64, to out: inout [UInt8]) {
            let c = key >> 32, o = key & 0xFFFF_FFFF
            if c == column {
                Builder.appendVarint((o - offset) << 1, to: &out)
            } else {
                Builder.appendVarint((c - column) << 1 | 1, to: &out)
                Builder.appendVarint(o, to: &out)
            }
            column = c
            offset = o
        }

        mutating func next(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt64 {
            let head = TermIndex.varint(bytes, &i)
            if head & 1 == 0 {
                offset += head >> 1
            } else {
                column += head >> 1
                offset = TermIndex.varint(bytes, &i)
            }
            return TermIndex.positionKey(column: Int(column), offset: offset)
        }
    }

    /// Every word with the number of rows that hold it, in byte order (for tests: FTS5's own vocabulary
    /// must read the same).
    func vocabulary() -> [(word: String, rows: Int)] {
        sortedTerms.map { (String(decoding: words.key($0), as: UTF8.self), Int(documentFrequency[Int($0)])) }
    }

    @inline(__always)
    fileprivate static func varint(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt64 {
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
        var positionStreams: [[UInt8]] = []
        /// This row's weighted count per term, and the terms it touched.
        var rowCounts: [UInt32] = []
        var touched: [Int32] = []
        var rowWords: UInt32 = 0
        /// This row's word positions, chained per term (`first`/`last` by term, `next` by position) so
        /// each term's come out in order without sorting.
        var rowKeys: [UInt64] = []
        var next: [Int32] = []
        var first: [Int32] = []
        var last: [Int32] = []

        mutating func add(_ text: UnsafeBufferPointer<UInt8>, column: Int, weight: UInt32) {
            var wordStart = 0
            var offset: UInt64 = 0
            for i in 0...text.count where i == text.count || text[i] == UInt8(ascii: " ") {
                if i > wordStart {
                    let term = Int(words.insert(UnsafeBufferPointer(rebasing: text[wordStart..<i])))
                    if term == streams.count {
                        streams.append([])
                        positionStreams.append([])
                        documentFrequency.append(0)
                        lastRecord.append(0)
                        rowCounts.append(0)
                        first.append(-1)
                        last.append(-1)
                    }
                    let at = Int32(rowKeys.count)
                    rowKeys.append(TermIndex.positionKey(column: column, offset: offset))
                    next.append(-1)
                    if rowCounts[term] == 0 {
                        touched.append(Int32(term))
                        first[term] = at
                    } else {
                        next[Int(last[term])] = at
                    }
                    last[term] = at
                    rowCounts[term] += weight
                    rowWords += 1
                    offset += 1
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
                // Positions: how many, then each as `PositionCoding` writes it.
                var count: UInt64 = 0
                var at = first[t]
                while at >= 0 { count += 1; at = next[Int(at)] }
                Self.appendVarint(count, to: &positionStreams[t])
                var coding = PositionCoding()
                at = first[t]
                while at >= 0 {
                    coding.append(rowKeys[Int(at)], to: &positionStreams[t])
                    at = next[Int(at)]
                }
                lastRecord[t] = Int32(record)
                documentFrequency[t] += 1
                rowCounts[t] = 0
            }
            touched.removeAll(keepingCapacity: true)
            rowKeys.removeAll(keepingCapacity: true)
            next.removeAll(keepingCapacity: true)
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

    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? { probe(key).id }

    /// The key's number, a new one if it was not there.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (slot, found) = probe(key)
        if let found { return found }
        let id = Int32(count)
        keyBytes.append(contentsOf: key)
        keyStart.append(keyBytes.count)
        slots[slot] = id + 1
        if count * 2 > slots.count { grow() }
        return id
    }

    /// The key's slot and number, or the empty slot where it would go.
    private func probe(_ key: UnsafeBufferPointer<UInt8>) -> (slot: Int, id: Int32?) {
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & (slots.count - 1)
        while slots[slot] != 0 {
            let id = slots[slot] - 1
            if equals(id, key) { return (slot, id) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return (slot, nil)
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
