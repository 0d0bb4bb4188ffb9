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
    /// The blank node ids, in order of first appearance.
    public private(set) var nodes: [TermID] = []
    /// Node index by id, filled only once `nodes` outgrows a linear search: a record has a handful of
    /// blank nodes, and a dictionary for those cost more than scanning them.
    private var indexOf: [TermID: Int32] = [:]
    private static let linearSearchLimit = 16

    public init() {}

    /// Adds a statement whose subject and/or object is a blank node (`isBlank`); the hashes are
    /// `StableHasher.hash` of each position's term (ignored for blank positions). Returns the node index
    /// (into `nodes`) of the blank subject and object, -1 for a position that is not blank.
    @discardableResult
    public mutating func add(_ s: TermID, _ p: TermID, _ o: TermID, subjectIsBlank: Bool, objectIsBlank: Bool,
                             hashes: (s: UInt64, p: UInt64, o: UInt64)) -> (subject: Int32, object: Int32) {
        let sn = subjectIsBlank ? node(s) : -1
        let on = objectIsBlank ? node(o) : -1
        statements.append(Statement(nodes: (sn, -1, on), fixed: (hashes.s, hashes.p, hashes.o)))
        return (sn, on)
    }

    private mutating func node(_ id: TermID) -> Int32 {
        if nodes.count <= Self.linearSearchLimit {
            if let i = nodes.firstIndex(of: id) { return Int32(i) }
        } else if let i = indexOf[id] {
            return i
        }
        let i = Int32(nodes.count)
        nodes.append(id)
        if nodes.count == Self.linearSearchLimit + 1 {
            for (k, n) in nodes.enumerated() { indexOf[n] = Int32(k) }
        } else if nodes.count > Self.linearSearchLimit {
            indexOf[id] = i
        }
        return i
    }

    /// The colour of each node in `nodes`, refined until the partition stops splitting.
    public func colors() -> [UInt64] {
        if nodes.count == 1 { return [singleNodeColor()] }
        var colors = [UInt64](repeating: 0, count: nodes.count)
        guard !nodes.isEmpty else { return colors }
        let occurrences = Occurrences(statements, nodeCount: nodes.count)
        var classes = 1
        var next = colors
        var scratch: [UInt64] = []
        while true {
            for n in 0..<nodes.count { next[n] = refined(n, occurrences, colors, &scratch) }
            swap(&colors, &next)
            let count = Self.distinctCount(colors, &scratch)
            if count == classes { return colors }
            classes = count
        }
    }

    /// The colour `colors()` gives the only node, without its bookkeeping for many (a record's one blank
    /// node, its contact point, is the common case): every statement's signature is fixed, and the first
    /// round is the last, one class staying one. So: colour 0, then the sorted signatures.
    private func singleNodeColor() -> UInt64 {
        var signatures: [UInt64] = []
        signatures.reserveCapacity(statements.count)
        for st in statements { signatures.append(Self.signature(st, 0, [])) }
        if signatures.count > 1 { signatures.sort() }
        var h = StableHasher()
        h.combine(UInt64(0))
        for s in signatures { h.combine(s) }
        return h.value
    }

    /// A node's colour after one more round: its colour, then the sorted signatures of its statements.
    private func refined(_ n: Int, _ occurrences: Occurrences, _ colors: [UInt64], _ scratch: inout [UInt64]) -> UInt64 {
        var h = StableHasher()
        h.combine(colors[n])
        let r = occurrences.ranges[n]
        if r.variable.isEmpty {
            for k in r.fixed { h.combine(occurrences.signatures[k]) }
            return h.value
        }
        scratch.removeAll(keepingCapacity: true)
        for k in r.fixed { scratch.append(occurrences.signatures[k]) }
        for k in r.variable { scratch.append(Self.signature(statements[Int(occurrences.signatures[k])], n, colors)) }
        scratch.sort()
        for s in scratch { h.combine(s) }
        return h.value
    }

    /// Each node's statements, by whether their signature can change between rounds: a statement whose
    /// only blank node is the node itself hashes the same every round, so it is hashed once (and the
    /// node's fixed signatures sorted once); the others hold the statement index, hashed each round.
    private struct Occurrences {
        var ranges: [(fixed: Range<Int>, variable: Range<Int>)] = []
        var signatures: [UInt64] = []

        init(_ statements: [Statement], nodeCount: Int) {
            var fixedCount = [Int](repeating: 0, count: nodeCount)
            var variableCount = [Int](repeating: 0, count: nodeCount)
            func visit(_ body: (Int, Int, Bool) -> Void) {
                for (i, st) in statements.enumerated() {
                    let sn = Int(st.nodes.0), on = Int(st.nodes.2)
                    if sn >= 0 { body(sn, i, on < 0 || on == sn) }
                    if on >= 0 && on != sn { body(on, i, sn < 0) }
                }
            }
            visit { n, _, isFixed in
                if isFixed { fixedCount[n] += 1 } else { variableCount[n] += 1 }
            }
            ranges.reserveCapacity(nodeCount)
            var cursor: [(fixed: Int, variable: Int)] = []
            cursor.reserveCapacity(nodeCount)
            var start = 0
            for n in 0..<nodeCount {
                let mid = start + fixedCount[n], end = mid + variableCount[n]
                ranges.append((start..<mid, mid..<end))
                cursor.append((start, mid))
                start = end
            }
            signatures = [UInt64](repeating: 0, count: start)
            visit { n, i, isFixed in
                if isFixed {
                    signatures[cursor[n].fixed] = CanonicalColoring.signature(statements[i], n, [])
                    cursor[n].fixed += 1
                } else {
                    signatures[cursor[n].variable] = UInt64(i)
                    cursor[n].variable += 1
                }
            }
            for r in ranges where r.fixed.count > 1 { signatures[r.fixed].sort() }
        }
    }

    /// The hash of a statement as seen from node `n` (`colors` is read only for other nodes).
    @inline(__always)
    private static func signature(_ st: Statement, _ n: Int, _ colors: [UInt64]) -> UInt64 {
        var h = StableHasher()
        slot(&h, 0, st.nodes.0, st.fixed.0, n, colors)
        slot(&h, 1, st.nodes.1, st.fixed.1, n, colors)
        slot(&h, 2, st.nodes.2, st.fixed.2, n, colors)
        // The default graph, as `Isomorphism` hashes a nil graph name.
        h.combine(3); h.combine(2); h.combine(0x5eed)
        return h.value
    }

    @inline(__always)
    private static func slot(_ h: inout StableHasher, _ pos: UInt64, _ node: Int32, _ fixed: UInt64, _ n: Int, _ colors: [UInt64]) {
        h.combine(pos)
        if node == Int32(n) { h.combine(0x5e1f) }
        else if node >= 0 { h.combine(1); h.combine(colors[Int(node)]) }
        else { h.combine(2); h.combine(fixed) }
    }

    /// Number of distinct values; sorting a copy beats building a `Set` for a handful of nodes.
    private static func distinctCount(_ values: [UInt64], _ scratch: inout [UInt64]) -> Int {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: values)
        scratch.sort()
        var count = 1
        for k in 1..<scratch.count where scratch[k] != scratch[k - 1] { count += 1 }
        return count
    }
}
