extension Graph {
    /// `StableHasher.hash(term(id))`, read where the term is stored: hashing a copy of the term
    /// retained and released each of its strings, which cost as much as hashing a short literal.
    public func stableHash(_ id: TermID) -> UInt64 {
        terms.withUnsafeBufferPointer { StableHasher.hash($0[Int(id)]) }
    }
}
