/// The index from terms to their ids inside a `Graph`: open addressing with linear probing over one
/// flat array of words.
///
/// Each slot keeps 32 bits of the term's hash next to its id, so growing the table never hashes a term
/// again (`Dictionary<Term, TermID>` rehashed every string on each resize) and a probe compares terms only
/// when those bits agree. The hash (`TermHash`) is keyed by secrets drawn once per process, so a hostile
/// feed cannot choose terms that all land in one probe run.
struct TermTable: Sendable {
    /// `hash32 << 32 | (id + 1)`; 0 is an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    /// Small to start with: a validator builds one graph per dataset, of a few dozen terms.
    init() {
        slots = Array(repeating: 0, count: 64)
        mask = slots.count - 1
    }

    /// The 32 hash bits a slot keeps for `term`.
    @inline(__always)
    static func hash(_ term: Term) -> UInt32 {
        UInt32(truncatingIfNeeded: TermHash.hash(term))
    }

    /// The id stored for `hash` whose term `matches` accepts, or nil.
    @inline(__always)
    func find(hash: UInt32, matches: (TermID) -> Bool) -> TermID? {
        var i = Int(hash) & mask
        while true {
            let s = slots[i]
            if s == 0 { return nil }
            if UInt32(truncatingIfNeeded: s >> 32) == hash {
                let id = TermID(truncatingIfNeeded: s) &- 1
                if matches(id) { return id }
            }
            i = (i &+ 1) & mask
        }
    }

    /// Records `id` under `hash`; the caller has checked that its term is not in the table yet.
    mutating func insert(hash: UInt32, id: TermID) {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        place(UInt64(hash) << 32 | UInt64(id &+ 1))
        count += 1
    }

    private mutating func place(_ entry: UInt64) {
        var i = Int(truncatingIfNeeded: entry >> 32) & mask
        while slots[i] != 0 { i = (i &+ 1) & mask }
        slots[i] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for e in old where e != 0 { place(e) }
    }
}

/// The set of a graph's statements (edge indexes), so a repeated statement is recognised in one probe.
/// Hashes mix the three ids with a per-process random seed: ids are dense and ours, yet a feed still
/// cannot line its statements up in one probe run.
struct EdgeTable: Sendable {
    /// `edge + 1`; 0 is an empty slot.
    private var slots: [UInt32]
    private var mask: Int
    private(set) var count = 0
    private let seed: UInt64

    init() {
        slots = Array(repeating: 0, count: 64)
        mask = slots.count - 1
        var h = Hasher()
        h.combine(0x0065_6467_6573 as UInt64)
        seed = UInt64(UInt(bitPattern: h.finalize()))
    }

    @inline(__always)
    func hash(_ s: TermID, _ p: TermID, _ o: TermID) -> Int {
        var x = (UInt64(s) << 32 | UInt64(o)) ^ seed
        x = (x ^ (x >> 31)) &* 0x9e37_79b9_7f4a_7c15
        x ^= UInt64(p) &* 0xbf58_476d_1ce4_e5b9
        x = (x ^ (x >> 29)) &* 0x94d0_49bb_1331_11eb
        return Int(truncatingIfNeeded: x ^ (x >> 32))
    }

    /// The edge whose statement `matches` accepts among those hashed to `hash`, or nil.
    @inline(__always)
    func find(hash: Int, matches: (Int) -> Bool) -> Int? {
        var i = hash & mask
        while true {
            let s = slots[i]
            if s == 0 { return nil }
            if matches(Int(s) &- 1) { return Int(s) &- 1 }
            i = (i &+ 1) & mask
        }
    }

    /// Records `edge` under `hash`; `statement` gives the ids of any stored edge when the table grows.
    mutating func insert(edge: Int, hash: Int, statement: (Int) -> (TermID, TermID, TermID)) {
        if (count + 1) * 4 > slots.count * 3 {
            let old = slots
            slots = Array(repeating: 0, count: old.count * 2)
            mask = slots.count - 1
            for e in old where e != 0 {
                let (s, p, o) = statement(Int(e) - 1)
                place(e, self.hash(s, p, o))
            }
        }
        place(UInt32(truncatingIfNeeded: edge &+ 1), hash)
        count += 1
    }

    private mutating func place(_ entry: UInt32, _ hash: Int) {
        var i = hash & mask
        while slots[i] != 0 { i = (i &+ 1) & mask }
        slots[i] = entry
    }
}
