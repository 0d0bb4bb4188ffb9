#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers the Strings made from recently seen attribute values that repeat endlessly in catalogs:
/// `xml:lang="nl"`, `rdf:datatype="…#date"`, `rdf:resource="…/data-theme/ENER"`. A direct-mapped table
/// keyed by a cheap hash of the bytes; a hit is confirmed by comparing all bytes, so it is exact, and
/// reusing the String saves an allocation now and a release later.
struct RecentValues {
    private var slots: [String?]
    private let mask: Int

    /// `size` must be a power of two.
    init(size: Int) {
        slots = Array(repeating: nil, count: size)
        mask = size - 1
    }

    mutating func string(_ v: UnsafeBufferPointer<UInt8>) -> String {
        let n = v.count
        guard n > 0, n <= 512, let p = v.baseAddress else { return String(decoding: v, as: UTF8.self) }
        // Values that differ tend to differ at the end (IRIs share their prefixes): hash the length
        // and the last bytes only.
        var h = UInt32(truncatingIfNeeded: n) &* 2_654_435_761
        for b in v[max(0, n - 12)...] { h = (h ^ UInt32(b)) &* 16_777_619 }
        let i = Int(h >> 7) & mask
        if let cached = slots[i], Self.equals(cached, p, n) { return cached }
        let value = String(decoding: v, as: UTF8.self)
        slots[i] = value
        return value
    }

    private static func equals(_ s: String, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        guard s.utf8.count == n else { return false }
        return s.utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, p, n) == 0 } ?? false
    }
}
