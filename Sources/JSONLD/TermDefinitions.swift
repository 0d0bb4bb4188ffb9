/// The term definitions of an active context, by term.
///
/// IRI expansion asks for a term definition of every value it expands, and most values are absolute IRIs
/// no context defines: hashing such a 60-byte string to find nothing was ~7 % of reading a JSON-LD
/// catalog (callgrind). The byte lengths of the defined terms are kept as a bit set, so a value of a
/// length no term has is answered without hashing. Removing a term leaves its length's bit set: a stale
/// bit only costs the hash it would have cost anyway.
struct TermDefinitions: Sequence {
    private var byTerm: [String: TermDefinition] = [:]
    /// Bit n: some term is n bytes long (n < 63); bit 63: some term is 63 bytes or longer.
    private var lengths: UInt64 = 0

    @inline(__always)
    private static func bit(_ term: String) -> UInt64 { 1 << UInt64(Swift.min(term.utf8.count, 63)) }

    subscript(term: String) -> TermDefinition? {
        get {
            guard lengths & Self.bit(term) != 0 else { return nil }
            return byTerm[term]
        }
        set {
            if newValue != nil { lengths |= Self.bit(term) }
            byTerm[term] = newValue
        }
    }

    @discardableResult
    mutating func removeValue(forKey term: String) -> TermDefinition? { byTerm.removeValue(forKey: term) }

    var values: Dictionary<String, TermDefinition>.Values { byTerm.values }

    func makeIterator() -> Dictionary<String, TermDefinition>.Iterator { byTerm.makeIterator() }
}
