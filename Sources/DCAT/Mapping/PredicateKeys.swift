import RDF

/// The address of a string's UTF-8 storage, 0 when it has none that lasts (a small string's bytes are
/// copied to the stack for each call). Two live strings with the same address share their storage, so
/// they are equal: an address identifies a string for as long as something keeps that string alive.
@inline(__always)
func storageAddress(_ s: String) -> UInt {
    guard s.utf8.count > 15 else { return 0 }
    return s.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) } ?? 0
}

/// Small integer keys for predicate IRIs, one per distinct IRI in a mapping session. A node view groups
/// its values by key, and the mapper's ~90 lookups per dataset (`values(P.title)`, mostly for predicates
/// the node does not have) compare integers instead of strings.
///
/// The lookup strings are nearly always the same few `P` constants, so the key of a string is remembered
/// by its storage address; a slot keeps its string alive, so no other string can come to own that
/// address while the slot remembers it.
final class PredicateKeys {
    private var keyOf: [String: Int32] = [:]
    private var iris: [String] = []
    private var slotAddress: [UInt]
    private var slotOwner: [String?]
    private var slotKey: [Int32]
    private let mask: UInt

    init(slots: Int = 1024) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "slots must be a power of two")
        slotAddress = Array(repeating: 0, count: slots)
        slotOwner = Array(repeating: nil, count: slots)
        slotKey = Array(repeating: -1, count: slots)
        mask = UInt(slots - 1)
    }

    /// The key of `iri`; every string gets one, so a key looked up before any node used the predicate is
    /// the key later nodes group that predicate under.
    func key(_ iri: String) -> Int32 {
        let address = storageAddress(iri)
        let slot = Int(((address >> 4) ^ (address >> 14)) & mask)
        if address != 0 && slotAddress[slot] == address { return slotKey[slot] }
        let key: Int32
        if let known = keyOf[iri] {
            key = known
        } else {
            key = Int32(iris.count)
            iris.append(iri)
            keyOf[iri] = key
        }
        if address != 0 {
            slotAddress[slot] = address
            slotOwner[slot] = iri
            slotKey[slot] = key
        }
        return key
    }

    func iri(_ key: Int32) -> String { iris[Int(key)] }
}

/// Term ids of the graph's IRIs by the address of their string: the graph keeps those strings alive for
/// the whole session, so an IRI value read from a node view is found again without hashing it. A
/// direct-mapped table: a colliding IRI replaces the one before it, and a miss asks the graph.
struct IRIAddresses {
    private var addresses: [UInt]
    private var ids: [TermID]
    private let mask: UInt

    init(slots: Int = 1 << 12) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "slots must be a power of two")
        addresses = Array(repeating: 0, count: slots)
        ids = Array(repeating: 0, count: slots)
        mask = UInt(slots - 1)
    }

    @inline(__always)
    private func slot(_ address: UInt) -> Int { Int(((address >> 4) ^ (address >> 16)) & mask) }

    /// Remembers the id of an IRI whose string the graph owns.
    mutating func note(_ iri: String, _ id: TermID) {
        let address = storageAddress(iri)
        guard address != 0 else { return }
        let i = slot(address)
        addresses[i] = address
        ids[i] = id
    }

    func id(of iri: String) -> TermID? {
        let address = storageAddress(iri)
        guard address != 0 else { return nil }
        let i = slot(address)
        return addresses[i] == address ? ids[i] : nil
    }
}
