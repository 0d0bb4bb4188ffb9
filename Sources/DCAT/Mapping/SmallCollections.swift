/// A set for a handful of values (those one property of one node holds, the nodes of one record): a list
/// compared with `==` while small, a hash set beyond that. `Set` hashes every value it meets; for a few
/// values a comparison is cheaper and gives the same answers (same equality).
struct SmallSet<Element: Hashable> {
    private var list: [Element] = []
    private var hashed: Set<Element>?
    /// How many values stay in the list.
    private let limit: Int

    /// The list limit strings use; callers with their own small-or-hashed choice use it too.
    static var listLimit: Int { 8 }

    init(limit: Int = listLimit) { self.limit = limit }

    var count: Int { hashed?.count ?? list.count }

    func contains(_ e: Element) -> Bool { hashed?.contains(e) ?? list.contains(e) }

    @discardableResult
    mutating func insert(_ e: Element) -> (inserted: Bool, memberAfterInsert: Element) {
        if hashed != nil { return hashed!.insert(e) }
        if let i = list.firstIndex(of: e) { return (false, list[i]) }
        list.append(e)
        if list.count > limit { hashed = Set(list); list = [] }
        return (true, e)
    }

    mutating func formUnion<S: Sequence>(_ other: S) where S.Element == Element {
        for e in other { insert(e) }
    }
}

extension SmallSet where Element: Comparable {
    func sorted() -> [Element] { hashed?.sorted() ?? list.sortedIfNeeded() }
}

typealias StringSet = SmallSet<String>

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
