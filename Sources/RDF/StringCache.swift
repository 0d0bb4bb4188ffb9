#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns byte ranges into Strings, remembering recent ones. Feeds repeat the same IRIs endlessly
/// (predicates, classes, datatypes, themes, publishers); a hit costs a hash of a few bytes and one memcmp
/// instead of an allocation and UTF-8 validation.
///
/// Direct-mapped: each slot holds one string, a colliding newcomer replaces it. No eviction bookkeeping,
/// and memory is bounded by `slots × maxLength`.
public struct StringCache {
    private var keys: [[UInt8]]
    private var values: [String]
    private let mask: Int
    private let maxLength: Int

    public init(slots: Int = 1024, maxLength: Int = 256) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "slots must be a power of two")
        keys = Array(repeating: [], count: slots)
        values = Array(repeating: "", count: slots)
        mask = slots - 1
        self.maxLength = maxLength
    }

    public mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        string(bytes, accepting: { _ in true })!
    }

    /// The string of `bytes` if they are cached, or if `accept` (asked only on a miss) takes them; nil
    /// when it does not. A cache whose every entry was accepted so answers a repeat without asking again.
    public mutating func string(_ bytes: UnsafeBufferPointer<UInt8>,
                                accepting accept: (UnsafeBufferPointer<UInt8>) -> Bool) -> String? {
        let n = bytes.count
        guard n > 15 && n <= maxLength else {
            // Short strings are stored inline by String itself; long ones rarely repeat.
            return accept(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
        }
        let slot = self.slot(bytes)
        if holds(bytes, at: slot) { return values[slot] }
        guard accept(bytes) else { return nil }
        let s = String(decoding: bytes, as: UTF8.self)
        keys[slot] = Array(bytes)
        values[slot] = s
        return s
    }

    /// The string of `bytes` when the cache holds them; nothing is added. A caller whose every entry was
    /// accepted may take a hit as accepted without looking at the bytes.
    public func cached(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count > 15 && bytes.count <= maxLength else { return nil }
        let slot = self.slot(bytes)
        return holds(bytes, at: slot) ? values[slot] : nil
    }

    /// The slot of `bytes` (more than 15 of them): a hash of the length and the last 16 bytes, since IRIs
    /// in one feed share long prefixes and differ at the end.
    @inline(__always)
    private func slot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = bytes.count, base = bytes.baseAddress!
        var h = UInt64(n) &* 0x9e37_79b9_7f4a_7c15
        var tail = UInt64(0), tail2 = UInt64(0)
        memcpy(&tail, base + n - 8, 8)
        memcpy(&tail2, base + n - 16, 8)
        h ^= tail &* 0xbf58_476d_1ce4_e5b9
        h ^= tail2 &* 0x94d0_49bb_1331_11eb
        return Int(truncatingIfNeeded: h >> 40) & mask
    }

    @inline(__always)
    private func holds(_ bytes: UnsafeBufferPointer<UInt8>, at slot: Int) -> Bool {
        keys[slot].withUnsafeBufferPointer { k in
            k.count == bytes.count && memcmp(k.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        }
    }
}
