extension Graph {
    /// `StableHasher.hash(term(id))`, read where the term is stored: hashing a copy of the term
    /// retained and released each of its strings, which cost as much as hashing a short literal. (Through
    /// `withUnsafeBufferPointer` the element was copied all the same; the array's own subscript lends it.)
    public func stableHash(_ id: TermID) -> UInt64 {
        StableHasher.hash(terms[Int(id)])
    }
}
