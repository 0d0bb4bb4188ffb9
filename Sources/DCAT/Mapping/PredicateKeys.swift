import RDF

/// The two machine words of a `String` value. Equal words are the same string: a large string's words
/// point to its storage (which two strings share only when they are copies of one value), a small string's
/// words hold its bytes. Unequal words say nothing (equal text can live in two buffers), so the words can
/// key a cache whose misses fall back to comparing text. (The storage address read through
/// `utf8.withContiguousStorageIfAvailable` did the same for large strings only, and a lookup with it was
/// ~100 instructions in callgrind.) A `String` is these two words on the 64-bit platforms Oogst builds for.
struct StringIdentity: Equatable {
    private let words: (UInt64, UInt64)

    @inline(__always)
    init(_ s: String) { words = unsafeBitCast(s, to: (UInt64, UInt64).self) }

    static let none = StringIdentity(words: (0, 0))
    private init(words: (UInt64, UInt64)) { self.words = words }

    @inline(__always)
    static func == (a: StringIdentity, b: StringIdentity) -> Bool { a.words == b.words }

    /// A slot in a table of `mask + 1` slots (at most 2^24): both words mixed by one multiplication
    /// (Fibonacci hashing), the top bits taken.
    @inline(__always)
    func slot(_ mask: UInt) -> Int {
        let h = (words.1 ^ (words.0 &* 31)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: UInt(truncatingIfNeeded: h >> 40) & mask)
    }
}

/// Small integer keys for predicate IRIs, one per distinct IRI in a mapping session. A node view groups
/// its values by key, and the mapper's ~90 lookups per dataset (`values(P.title)`, mostly for predicates
/// the node does not have) compare integers instead of strings.
///
/// The lookup strings are nearly always the same few `P` constants, so the key of a string is remembered
/// by its identity (`StringIdentity`); a slot keeps its string alive, so no other string can come to own
/// its storage while the slot remembers it. Two slots a bucket, the newer first: with one, predicates
/// that wanted the same slot evicted each other on every record (11,051 lookups by text for 2,000 records
/// in callgrind; with two, only the first lookup of each string).
final class PredicateKeys {
    private var keyOf: [String: Int32] = [:]
    private var iris: [String] = []
    private var slotIdentity: [StringIdentity]
    private var slotOwner: [String?]
    private var slotKey: [Int32]
    private let mask: UInt

    init(slots: Int = 4096) {
        precondition(slots > 1 && slots & (slots - 1) == 0, "slots must be a power of two, at least 2")
        slotIdentity = Array(repeating: .none, count: slots)
        slotOwner = Array(repeating: nil, count: slots)
        slotKey = Array(repeating: -1, count: slots)
        mask = UInt(slots - 2)  // even: the first slot of a bucket
    }

    /// The key of `iri`; every string gets one, so a key looked up before any node used the predicate is
    /// the key later nodes group that predicate under.
    @inline(__always)
    func key(_ iri: String) -> Int32 {
        let identity = StringIdentity(iri)
        let slot = identity.slot(mask)
        if slotIdentity[slot] == identity { return slotKey[slot] }
        if slotIdentity[slot + 1] == identity { return slotKey[slot + 1] }
        return remember(iri, identity, slot)
    }

    @inline(never)
    private func remember(_ iri: String, _ identity: StringIdentity, _ slot: Int) -> Int32 {
        let key: Int32
        if let known = keyOf[iri] {
            key = known
        } else {
            key = Int32(iris.count)
            iris.append(iri)
            keyOf[iri] = key
        }
        slotIdentity[slot + 1] = slotIdentity[slot]
        slotOwner[slot + 1] = slotOwner[slot]
        slotKey[slot + 1] = slotKey[slot]
        slotIdentity[slot] = identity
        slotOwner[slot] = iri
        slotKey[slot] = key
        return key
    }

    func iri(_ key: Int32) -> String { iris[Int(key)] }
}

/// Term ids of the graph's IRIs by their string's identity (`StringIdentity`): the graph keeps those
/// strings alive for the whole session, so an IRI value read from a node view is found again without
/// hashing it. A direct-mapped table: a colliding IRI replaces the one before it, and a miss asks the graph.
struct IRIAddresses {
    private var identities: [StringIdentity]
    private var ids: [TermID]
    private let mask: UInt

    init(slots: Int = 1 << 12) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "slots must be a power of two")
        identities = Array(repeating: .none, count: slots)
        ids = Array(repeating: 0, count: slots)
        mask = UInt(slots - 1)
    }

    /// Remembers the id of an IRI whose string the graph owns.
    @inline(__always)
    mutating func note(_ iri: String, _ id: TermID) {
        let identity = StringIdentity(iri)
        let i = identity.slot(mask)
        identities[i] = identity
        ids[i] = id
    }

    @inline(__always)
    func id(of iri: String) -> TermID? {
        let identity = StringIdentity(iri)
        let i = identity.slot(mask)
        return identities[i] == identity ? ids[i] : nil
    }
}
