/// `Isomorphism.canonicalColors` for statements given as term ids, with the stable hash of every
/// non-blank term already known: the DCAT mapper colours the blank nodes of 100k small subgraphs, and
/// building `Quad` sets of strings for each cost more than the colouring itself.
///
/// The colours are exactly those `Isomorphism.canonicalColors` gives for the same statements (same
/// rounds, same hash inputs: a statement is four positions, the fourth the default graph), so hashes and
/// labels derived from them do not depend on which of the two computed them.
public struct CanonicalColoring {
    /// One statement that mentions a blank node: per position, a node index (>= 0) or -1 with a fixed hash.
    private struct Statement {
        var nodes: (Int32, Int32, Int32)
        var fixed: (UInt64, UInt64, UInt64)
    }

    private var statements: [Statement] = []
    private var occurrences: [[Int32]] = []
    /// The blank node ids, in order of first appearance.
    public private(set) var nodes: [TermID] = []

    public init() {}

    /// Adds a statement whose subject and/or object is a blank node (`isBlank`); the hashes are
    /// `StableHasher.hash` of each position's term (ignored for blank positions).
    public mutating func add(_ s: TermID, _ p: TermID, _ o: TermID, subjectIsBlank: Bool, objectIsBlank: Bool,
                             hashes: (s: UInt64, p: UInt64, o: UInt64)) {
        let sn = subjectIsBlank ? node(s) : -1
        let on = objectIsBlank ? node(o) : -1
        let index = Int32(statements.count)
        statements.append(Statement(nodes: (sn, -1, on), fixed: (hashes.s, hashes.p, hashes.o)))
        if sn >= 0 { occurrences[Int(sn)].append(index) }
        if on >= 0 && on != sn { occurrences[Int(on)].append(index) }
    }

    private var indexOf: [TermID: Int32] = [:]

    private mutating func node(_ id: TermID) -> Int32 {
        if let i = indexOf[id] { return i }
        let i = Int32(nodes.count)
        indexOf[id] = i
        nodes.append(id)
        occurrences.append([])
        return i
    }

    /// The colour of each node in `nodes`, refined until the partition stops splitting.
    public func colors() -> [UInt64] {
        var colors = [UInt64](repeating: 0, count: nodes.count)
        guard !nodes.isEmpty else { return colors }
        var classes = 1
        var next = colors
        var sigs: [UInt64] = []
        while true {
            for n in 0..<nodes.count {
                sigs.removeAll(keepingCapacity: true)
                for qi in occurrences[n] {
                    let st = statements[Int(qi)]
                    var h = StableHasher()
                    Self.slot(&h, 0, st.nodes.0, st.fixed.0, n, colors)
                    Self.slot(&h, 1, st.nodes.1, st.fixed.1, n, colors)
                    Self.slot(&h, 2, st.nodes.2, st.fixed.2, n, colors)
                    // The default graph, as `Isomorphism` hashes a nil graph name.
                    h.combine(3); h.combine(2); h.combine(0x5eed)
                    sigs.append(h.value)
                }
                sigs.sort()
                var h = StableHasher()
                h.combine(colors[n])
                for s in sigs { h.combine(s) }
                next[n] = h.value
            }
            swap(&colors, &next)
            let count = Set(colors).count
            if count == classes { return colors }
            classes = count
        }
    }

    @inline(__always)
    private static func slot(_ h: inout StableHasher, _ pos: UInt64, _ node: Int32, _ fixed: UInt64, _ n: Int, _ colors: [UInt64]) {
        h.combine(pos)
        if node == Int32(n) { h.combine(0x5e1f) }
        else if node >= 0 { h.combine(1); h.combine(colors[Int(node)]) }
        else { h.combine(2); h.combine(fixed) }
    }
}
