/// Sorting many strings (a catalog's 100k dataset links, every dataset's IRI), in `String`'s own order.
///
/// These sorts ran on one core while the other waited: `String <` on heap strings that share a long
/// prefix ("https://data.example.nl/dataset/") compares that prefix again at every step, reading both
/// strings from wherever they lie. Here the strings are ordered eight bytes at a time, as integers in one
/// array (a most-significant-digit radix sort whose digits are 64 bits wide).
extension Array where Element == String {
    /// The indices in ascending order of their strings; equal strings keep their order (as `sorted` does).
    func ascendingOrder() -> [Int] {
        guard count >= StringOrder.minimumCount, let order = StringOrder.ascending(self) else {
            return indices.sorted { self[$0] < self[$1] }
        }
        return order
    }

    /// The distinct strings, ascending: `Array(Set(self)).sorted()`.
    func sortedDistinct() -> [String] {
        // Only ASCII strings: equal ones then lie side by side in the order (Unicode strings that are equal
        // as `String`s, é precomposed and decomposed, need not: `Set` finds those).
        guard count >= StringOrder.minimumCount, let order = StringOrder.ascending(self) else {
            return distinctElements().sortedIfNeeded()
        }
        var out: [String] = []
        out.reserveCapacity(count)
        for i in order where out.last != self[i] { out.append(self[i]) }
        return out
    }
}

enum StringOrder {
    /// Below this the digits cost more than they save.
    static let minimumCount = 64

    /// A string's digit at some depth: its eight bytes from there, big-endian, zeros past its end.
    private struct Entry {
        var digit: UInt64
        var length: Int32
        var index: Int32
    }

    /// The ascending order by bytes, which is `String`'s order for ASCII text; nil when a string is not
    /// ASCII (`String` orders those by their Unicode normal form) or there are too many for `Int32`.
    ///
    /// A group of strings whose digits are all equal so far is ordered by its next digit; when every string
    /// of the group has ended, equal digits mean the shorter is a prefix of the longer, and equal strings
    /// keep their input order.
    static func ascending(_ strings: [String]) -> [Int]? {
        guard strings.count < Int(Int32.max) else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(strings.count)
        for (i, s) in strings.enumerated() {
            guard let length = asciiLength(s) else { return nil }
            entries.append(Entry(digit: 0, length: Int32(clamping: length), index: Int32(i)))
        }
        var groups = [(range: 0..<entries.count, depth: 0)]
        while let (range, depth) = groups.popLast() {
            var ended = true, same = true
            for p in range {
                entries[p].digit = digit(strings[Int(entries[p].index)], at: depth)
                ended = ended && Int(entries[p].length) <= depth + 8
                same = same && entries[p].digit == entries[range.lowerBound].digit
            }
            if same && !ended {
                groups.append((range, depth + 8))
                continue
            }
            entries[range].sort { a, b in
                a.digit != b.digit ? a.digit < b.digit : a.length != b.length ? a.length < b.length : a.index < b.index
            }
            if ended { continue }
            var start = range.lowerBound
            while start < range.upperBound {
                var end = start + 1
                while end < range.upperBound && entries[end].digit == entries[start].digit { end += 1 }
                if end - start > 1 { groups.append((start..<end, depth + 8)) }
                start = end
            }
        }
        return entries.map { Int($0.index) }
    }

    private static func asciiLength(_ s: String) -> Int? {
        let ascii: Bool? = s.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } }
        return (ascii ?? s.utf8.allSatisfy { $0 < 0x80 }) ? s.utf8.count : nil
    }

    @inline(__always)
    private static func digit(_ s: String, at depth: Int) -> UInt64 {
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            let n = min(max(bytes.count - depth, 0), 8)
            if n == 8 { return UnsafeRawPointer(bytes.baseAddress! + depth).loadUnaligned(as: UInt64.self).bigEndian }
            var d: UInt64 = 0
            for i in 0..<n { d |= UInt64(bytes[depth + i]) << UInt64(56 - 8 * i) }
            return d
        }
        return s.utf8.withContiguousStorageIfAvailable(read) ?? Array(s.utf8).withUnsafeBufferPointer(read)
    }
}
