/// RDF graph and dataset isomorphism (RDF 1.1 Concepts §3.6): equal up to a bijection of blank nodes.
///
/// Blank nodes are coloured by iterated refinement (each round hashes a node's colour with the colours
/// and values of its neighbours in every statement it occurs in); when colours alone leave ties, one tied
/// pair is fixed and refinement runs again, backtracking on failure. The same colouring also gives
/// `canonicalColors`, a blank-node-independent labelling used for canonical hashes.
public enum Isomorphism {
    /// Dataset isomorphism: the graph name is a fourth position, blank graph names included.
    public static func isomorphic(_ a: [Quad], _ b: [Quad]) -> Bool {
        let sa = Set(a), sb = Set(b)
        guard sa.count == sb.count else { return false }
        let ga = sa.filter { !hasBlank($0) }, gb = sb.filter { !hasBlank($0) }
        guard ga == gb else { return false }
        let pa = Problem(sa.filter(hasBlank)), pb = Problem(sb.filter(hasBlank))
        guard pa.nodes.count == pb.nodes.count, pa.quads.count == pb.quads.count else { return false }
        if pa.nodes.isEmpty { return true }
        var ca = [UInt64](repeating: 0, count: pa.nodes.count)
        var cb = [UInt64](repeating: 0, count: pb.nodes.count)
        guard refineTogether(pa, &ca, pb, &cb) else { return false }
        return search(pa, ca, pb, cb)
    }

    public static func isomorphic(_ a: [Triple], _ b: [Triple]) -> Bool {
        isomorphic(a.map { Quad($0) }, b.map { Quad($0) })
    }

    /// A colour for every blank node that depends only on the graph's shape and values, never on labels.
    /// Automorphic nodes (truly interchangeable ones) get equal colours, which is what a canonical hash
    /// needs: swapping them changes nothing.
    public static func canonicalColors(_ quads: [Quad]) -> [BlankNode: UInt64] {
        let p = Problem(Set(quads).filter(hasBlank))
        var c = [UInt64](repeating: 0, count: p.nodes.count)
        refine(p, &c)
        var out: [BlankNode: UInt64] = [:]
        for (i, n) in p.nodes.enumerated() { out[n] = c[i] }
        return out
    }

    static func hasBlank(_ q: Quad) -> Bool {
        q.triple.subject.isBlank || q.triple.object.isBlank || (q.graph?.isBlank ?? false)
    }

    /// A statement with blank nodes replaced by node indexes and other terms by stable hashes.
    struct Slot: Hashable { var node: Int32; var fixed: UInt64 }  // node >= 0: blank node index

    struct Problem {
        var nodes: [BlankNode] = []
        var index: [BlankNode: Int] = [:]
        var quads: [[Slot]] = []
        var occurrences: [[Int]] = []  // per node: indexes into quads
        var quadSet: Set<[Slot]> = []

        init(_ qs: Set<Quad>) {
            for q in qs {
                let terms: [Term?] = [q.triple.subject, .iri(q.triple.predicate), q.triple.object, q.graph]
                var slots: [Slot] = []
                for t in terms {
                    if case .blank(let b)? = t {
                        let i: Int
                        if let k = index[b] { i = k } else {
                            i = nodes.count; index[b] = i; nodes.append(b); occurrences.append([])
                        }
                        slots.append(Slot(node: Int32(i), fixed: 0))
                    } else {
                        slots.append(Slot(node: -1, fixed: t.map(StableHasher.hash) ?? 0x5eed))
                    }
                }
                let qi = quads.count
                quads.append(slots)
                quadSet.insert(slots)
                for n in Set(slots.filter { $0.node >= 0 }.map { Int($0.node) }) { occurrences[n].append(qi) }
            }
        }
    }

    /// One refinement round; returns the number of distinct colours.
    @discardableResult
    static func round(_ p: Problem, _ colors: inout [UInt64]) -> Int {
        var next = colors
        for n in 0..<p.nodes.count {
            var sigs: [UInt64] = []
            sigs.reserveCapacity(p.occurrences[n].count)
            for qi in p.occurrences[n] {
                var h = StableHasher()
                for (pos, slot) in p.quads[qi].enumerated() {
                    h.combine(UInt64(pos))
                    if slot.node == Int32(n) { h.combine(0x5e1f) }
                    else if slot.node >= 0 { h.combine(1); h.combine(colors[Int(slot.node)]) }
                    else { h.combine(2); h.combine(slot.fixed) }
                }
                sigs.append(h.value)
            }
            sigs.sort()
            var h = StableHasher()
            h.combine(colors[n])
            for s in sigs { h.combine(s) }
            next[n] = h.value
        }
        colors = next
        return Set(colors).count
    }

    /// Refines until the partition stops splitting.
    static func refine(_ p: Problem, _ colors: inout [UInt64]) {
        var classes = Set(colors).count
        while true {
            let n = round(p, &colors)
            if n == classes { return }
            classes = n
        }
    }

    /// Refines both sides in lock step; false as soon as their colour multisets differ.
    static func refineTogether(_ pa: Problem, _ ca: inout [UInt64], _ pb: Problem, _ cb: inout [UInt64]) -> Bool {
        var classes = Set(ca).count
        while true {
            let na = round(pa, &ca)
            _ = round(pb, &cb)
            guard ca.sorted() == cb.sorted() else { return false }
            if na == classes { return true }
            classes = na
        }
    }

    static func search(_ pa: Problem, _ ca: [UInt64], _ pb: Problem, _ cb: [UInt64]) -> Bool {
        var groups: [UInt64: [Int]] = [:]
        for (i, c) in ca.enumerated() { groups[c, default: []].append(i) }
        guard let tied = groups.filter({ $0.value.count > 1 }).min(by: { $0.value.count < $1.value.count })
        else { return verify(pa, ca, pb, cb) }
        let x = tied.value[0]
        for y in cb.indices where cb[y] == tied.key {
            var na = ca, nb = cb
            var h = StableHasher(); h.combine(ca[x]); h.combine(0xd15c)
            na[x] = h.value; nb[y] = h.value
            if refineTogether(pa, &na, pb, &nb), search(pa, na, pb, nb) { return true }
        }
        return false
    }

    /// With every colour unique, colours define the bijection; check that it maps statements onto statements.
    static func verify(_ pa: Problem, _ ca: [UInt64], _ pb: Problem, _ cb: [UInt64]) -> Bool {
        var byColor: [UInt64: Int] = [:]
        for (i, c) in cb.enumerated() { byColor[c] = i }
        for q in pa.quads {
            let mapped = q.map { s -> Slot in
                s.node >= 0 ? Slot(node: Int32(byColor[ca[Int(s.node)]]!), fixed: 0) : s
            }
            if !pb.quadSet.contains(mapped) { return false }
        }
        return true
    }
}
