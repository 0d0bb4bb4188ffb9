#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers the String (or IRI) made from recently seen attribute values that repeat endlessly in
/// catalogs: `xml:lang="nl"`, `rdf:datatype="http://www.w3.org/2001/XMLSchema#date"`. A direct-mapped
/// table keyed by a hash of the bytes; a hit is confirmed by comparing the bytes, so it is exact.
struct RecentValues {
    private struct Slot {
        var bytes: [UInt8]
        var value: String
    }
    private var slots: [Slot?] = Array(repeating: nil, count: 64)

    mutating func string(_ v: UnsafeBufferPointer<UInt8>) -> String {
        var h: UInt32 = 2_166_136_261
        for b in v { h = (h ^ UInt32(b)) &* 16_777_619 }
        let i = Int(h & 63)
        if let slot = slots[i], slot.bytes.count == v.count, Self.same(slot.bytes, v) {
            return slot.value
        }
        let value = String(decoding: v, as: UTF8.self)
        // Only short values are worth keeping; long ones rarely repeat.
        if v.count <= 256 { slots[i] = Slot(bytes: Array(v), value: value) }
        return value
    }

    private static func same(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let pb = b.baseAddress, !b.isEmpty else { return a.isEmpty }
        return a.withUnsafeBufferPointer { pa in memcmp(pa.baseAddress!, pb, b.count) == 0 }
    }
}
