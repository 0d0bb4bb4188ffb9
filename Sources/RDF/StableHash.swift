/// A 64-bit hash that is the same in every process and on every machine (Swift's `Hasher` is seeded per
/// process), so it can be stored: canonical dataset hashes, change detection.
public struct StableHasher: Sendable {
    public private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { combineBytes($0) }
        if done == nil {
            for b in bytes { state = (state ^ UInt64(b)) &* StableHasher.prime }
        }
        combine(UInt64(0xff))  // terminator, so ("ab","c") and ("a","bc") differ
    }

    /// The UTF-8 bytes of `s`, as `combine(s.utf8)`; native strings are read in place.
    public mutating func combine(_ s: String) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { combineBytes($0) }
        if done == nil {
            for b in s.utf8 { state = (state ^ UInt64(b)) &* StableHasher.prime }
        }
        combine(UInt64(0xff))
    }

    @inline(__always) static var prime: UInt64 { 0x0000_0100_0000_01b3 }

    /// FNV-1a over a buffer; the same state as feeding its bytes one by one. Eight bytes a step: the
    /// multiplies form one chain either way, so the loop test and pointer step were most of the rest.
    @inline(__always)
    private mutating func combineBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var p = bytes.baseAddress else { return }
        let end = p + bytes.count
        var h = state
        while end - p >= 8 {
            h = (h ^ UInt64(p[0])) &* StableHasher.prime
            h = (h ^ UInt64(p[1])) &* StableHasher.prime
            h = (h ^ UInt64(p[2])) &* StableHasher.prime
            h = (h ^ UInt64(p[3])) &* StableHasher.prime
            h = (h ^ UInt64(p[4])) &* StableHasher.prime
            h = (h ^ UInt64(p[5])) &* StableHasher.prime
            h = (h ^ UInt64(p[6])) &* StableHasher.prime
            h = (h ^ UInt64(p[7])) &* StableHasher.prime
            p += 8
        }
        while p < end {
            h = (h ^ UInt64(p.pointee)) &* StableHasher.prime
            p += 1
        }
        state = h
    }

    public mutating func combine(_ v: UInt64) {
        state = StableHasher.mix(state ^ v &+ 0x9e37_79b9_7f4a_7c15)
    }

    public var value: UInt64 { StableHasher.mix(state) }

    /// splitmix64's finaliser: spreads every input bit over the output.
    @inlinable public static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Stable hash of a non-blank term (kind, lexical form, datatype, language, direction). Inlined, so a
    /// term hashed where it is stored (`Graph.stableHash`) is read in place, not copied first.
    @inline(__always)
    public static func hash(_ term: Term) -> UInt64 {
        var h = StableHasher()
        switch term {
        case .iri(let i): h.combine(1); h.combine(i.value)
        case .blank(let b): h.combine(2); h.combine(b.id)
        case .literal(let l): h.combine(3); l.combineStably(into: &h)
        }
        return h.value
    }
}
