/// A set of record numbers as one bit each: what a search's filters allow, tested once per match.
/// 125 KB for a million records; intersecting two is a pass over their words.
struct RecordBits: Sendable {
    private(set) var words: [UInt64]

    /// An empty set for record numbers below `count`.
    init(count: Int) { words = [UInt64](repeating: 0, count: (max(0, count) + 63) / 64) }

    @inline(__always)
    func contains(_ record: Int) -> Bool {
        let w = record >> 6
        return record >= 0 && w < words.count && words[w] & (1 << UInt64(record & 63)) != 0
    }

    /// Numbers outside the set's range are ignored.
    @inline(__always)
    mutating func insert(_ record: Int) {
        let w = record >> 6
        guard record >= 0, w < words.count else { return }
        words[w] |= 1 << UInt64(record & 63)
    }

    mutating func formIntersection(_ other: RecordBits) {
        for i in words.indices { words[i] &= i < other.words.count ? other.words[i] : 0 }
    }

    /// The members in increasing order.
    func members() -> [Int32] {
        var out: [Int32] = []
        for (i, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                out.append(Int32(i * 64 + bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
        return out
    }
}
