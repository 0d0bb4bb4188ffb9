import RDF

/// Sets for the handful of values one property of one node holds. `Set` hashes every string it meets;
/// for two or three values a comparison with `==` is cheaper and gives the same answers (same equality).

/// A set of strings: a list compared with `==` while small, a hash set beyond that.
struct StringSet {
    private var list: [String] = []
    private var hashed: Set<String>?

    static let listLimit = 8

    init() {}

    var count: Int { hashed?.count ?? list.count }

    func contains(_ s: String) -> Bool { hashed?.contains(s) ?? list.contains(s) }

    @discardableResult
    mutating func insert(_ s: String) -> (inserted: Bool, memberAfterInsert: String) {
        if hashed != nil { return hashed!.insert(s) }
        if let i = list.firstIndex(of: s) { return (false, list[i]) }
        list.append(s)
        if list.count > StringSet.listLimit { hashed = Set(list); list = [] }
        return (true, s)
    }

    mutating func formUnion<S: Sequence>(_ other: S) where S.Element == String {
        for s in other { insert(s) }
    }

    func sorted() -> [String] { hashed?.sorted() ?? list.sortedIfNeeded() }
}

/// A set of term ids: a list searched linearly while small, a hash set beyond that. A record's subgraph
/// has a handful of nodes, and hashing each id (a `Set` insert or probe) cost more than scanning them.
struct SmallIDSet {
    private var list: [TermID]
    private var hashed: Set<TermID>?

    static let listLimit = 32

    init(_ first: TermID) { list = [first] }

    func contains(_ id: TermID) -> Bool { hashed?.contains(id) ?? list.contains(id) }

    /// True when `id` was not there yet.
    mutating func insert(_ id: TermID) -> Bool {
        if hashed != nil { return hashed!.insert(id).inserted }
        if list.contains(id) { return false }
        list.append(id)
        if list.count > SmallIDSet.listLimit { hashed = Set(list); list = [] }
        return true
    }
}

extension Array where Element: Comparable {
    /// `sorted()`, without the new array when there is nothing to order: most properties of a node have
    /// no value or one, and the mapper sorts every list it returns.
    func sortedIfNeeded() -> [Element] { count < 2 ? self : sorted() }
}

extension Array {
    /// Reorders the array so that position r holds what was at `order[r]` (a permutation of the indices),
    /// by swaps along its cycles: a dataset or a triple moves without its strings being retained again.
    mutating func permute(to order: [Int]) {
        precondition(order.count == count, "a permutation of every index")
        permute { order[$0] }
    }

    /// `permute(to:)` with the order given as a function of the position (no array of it needed).
    @inline(__always)
    mutating func permute(_ order: (Int) -> Int) {
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { b in
            for r in b.indices where !placed[r] {
                var j = r
                while true {
                    placed[j] = true
                    let k = order(j)
                    if k == r { break }
                    b.swapAt(j, k)
                    j = k
                }
            }
        }
    }
}

extension Array where Element: Hashable {
    /// The distinct elements in unspecified order, as `Array(Set(self))` (callers sort them).
    func distinctElements() -> [Element] {
        if count < 2 { return self }
        if count <= StringSet.listLimit {
            var out: [Element] = []
            for e in self where !out.contains(e) { out.append(e) }
            return out
        }
        return Array(Set(self))
    }
}

/// Model values whose duplicate check and sort key (`uniqueSorted`) begin with their IRI and "\u{1}".
protocol KeyedByIRIFirst {
    var iri: String? { get }
}

extension Distribution: KeyedByIRIFirst {}
extension Concept: KeyedByIRIFirst {}
extension Agent: KeyedByIRIFirst {}
extension RightsStatement: KeyedByIRIFirst {}
extension Location: KeyedByIRIFirst {}
extension PeriodOfTime: KeyedByIRIFirst {}
extension ContactPoint: KeyedByIRIFirst {}
extension Identifier: KeyedByIRIFirst {}
