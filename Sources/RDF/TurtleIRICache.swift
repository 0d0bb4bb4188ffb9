#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A direct-mapped cache from a token's raw bytes to the IRI it expands to.
///
/// Prefixed names repeat endlessly in real documents (`dct:title`, `a dcat:Dataset`), and building an IRI
/// costs a dictionary lookup for the prefix plus a string concatenation and allocation. A hit here costs
/// one hash over the bytes and one comparison, and never allocates. Direct mapping (a colliding name simply
/// replaces the slot) keeps the cost of misses on unique names constant instead of growing a table.
struct TurtleIRICache {
    private var keys: [[UInt8]]
    private var values: [IRI?]
    /// A slot is valid only when its generation is the current one, so forgetting everything is O(1).
    private var generations: [UInt32]
    private var generation: UInt32 = 1
    private let mask: Int

    init(slots: Int = 2048) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "slots must be a power of two")
        keys = Array(repeating: [], count: slots)
        values = Array(repeating: nil, count: slots)
        generations = Array(repeating: 0, count: slots)
        mask = slots - 1
    }

    @inline(__always) static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in b { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The slot for `key` and the cached IRI when the slot holds exactly this key.
    @inline(__always) func lookup(_ key: UnsafeBufferPointer<UInt8>) -> (slot: Int, iri: IRI?) {
        let slot = Self.hash(key) & mask
        guard generations[slot] == generation, let v = values[slot] else { return (slot, nil) }
        let same = keys[slot].withUnsafeBufferPointer { k in
            k.count == key.count && (key.isEmpty || memcmp(k.baseAddress!, key.baseAddress!, key.count) == 0)
        }
        return (slot, same ? v : nil)
    }

    mutating func store(_ iri: IRI, for key: UnsafeBufferPointer<UInt8>, slot: Int) {
        keys[slot] = Array(key)
        values[slot] = iri
        generations[slot] = generation
    }

    /// Forgets everything: a prefix or base was redefined, so old expansions may be wrong.
    mutating func removeAll() {
        generation &+= 1
        if generation == 0 {
            // After 4 billion redefinitions the counter wraps; start over with truly empty slots.
            generations = Array(repeating: 0, count: generations.count)
            generation = 1
        }
    }
}
