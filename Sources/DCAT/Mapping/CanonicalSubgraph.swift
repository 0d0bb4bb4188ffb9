import RDF

/// One statement of the graph by term ids.
struct IDStatement: Hashable {
    var s: TermID
    var p: TermID
    var o: TermID
}

extension Subgraph {
    /// `Subgraph.canonical(_:)` for statements of the session's graph given by ids: the same triples, labels
    /// and hash, computed without turning every statement into strings first. Term hashes of predicates
    /// and shared IRIs come from the session's cache; blank nodes are coloured on ids
    /// (`CanonicalColoring`, the colours `Isomorphism.canonicalColors` gives).
    static func canonical(_ statements: [IDStatement], session: MappingSession) -> Subgraph {
        // The cache is borrowed for the whole subgraph (one access, not one per lookup); the graph is
        // passed, not copied into a local: a copy retained and released its ~11 buffers.
        canonical(statements, graph: session.graph, termHashes: &session.caches.stableHash)
    }

    /// A statement's hash and where to find it; `blank` indexes the statement's `BlankStatement`, -1 when
    /// it has no blank node (its hash is then final from the start).
    private struct StatementKey {
        var hash: UInt64
        var index: Int32
        var blank: Int32
    }

    /// A statement with a blank subject and/or object, whose hash waits for the colours: node indices
    /// into the colouring (-1 where not blank) and the hashes of the other positions.
    private struct BlankStatement {
        var subjectNode: Int32
        var objectNode: Int32
        var s: UInt64
        var p: UInt64
        var o: UInt64
    }

    private static func canonical(_ statements: [IDStatement], graph: Graph, termHashes: inout IDCache<UInt64>) -> Subgraph {
        var keys: [StatementKey] = []
        keys.reserveCapacity(statements.count)
        // The output refers to the graph's terms by id, and to canonical labels for blank nodes: no term
        // is copied out of the graph (each copy retained and released its strings).
        var refs: [Statement] = []
        refs.reserveCapacity(statements.count)
        var blankStatements: [BlankStatement] = []
        var coloring = CanonicalColoring()
        // Statements arrive grouped by subject: hash each subject once.
        var lastSubject: TermID?
        var subjectIsBlank = false
        var subjectHash: UInt64 = 0
        for (i, st) in statements.enumerated() {
            if st.s != lastSubject {
                lastSubject = st.s
                subjectIsBlank = graph.isBlank(st.s)
                subjectHash = subjectIsBlank ? 0 : termHashes[st.s] ?? graph.stableHash(st.s)
            }
            let predicateHash = cachedHash(st.p, graph, &termHashes)
            let objectIsBlank = graph.isBlank(st.o)
            let objectHash = objectIsBlank ? 0 : self.objectHash(st.o, graph, &termHashes)
            refs.append(Statement(s: st.s, p: st.p, o: st.o))
            guard subjectIsBlank || objectIsBlank else {
                keys.append(StatementKey(hash: statementHash(subjectHash, predicateHash, objectHash), index: Int32(i), blank: -1))
                continue
            }
            let nodes = coloring.add(st.s, st.p, st.o, subjectIsBlank: subjectIsBlank, objectIsBlank: objectIsBlank,
                                     hashes: (subjectHash, predicateHash, objectHash))
            keys.append(StatementKey(hash: 0, index: Int32(i), blank: Int32(blankStatements.count)))
            // Room for the rest at once: grown one by one, its reallocations cost 28.1M instructions in
            // mapping 20k datasets (callgrind), 4.8M with this.
            if blankStatements.isEmpty { blankStatements.reserveCapacity(statements.count - i) }
            blankStatements.append(BlankStatement(subjectNode: nodes.subject, objectNode: nodes.object,
                                                  s: subjectHash, p: predicateHash, o: objectHash))
        }

        var labels: [Term] = []
        if !coloring.nodes.isEmpty {
            let colors = coloring.colors()
            labels = canonicalLabels(coloring.nodes, colors, graph)
            for k in keys.indices where keys[k].blank >= 0 {
                let b = blankStatements[Int(keys[k].blank)], i = Int(keys[k].index)
                keys[k].hash = statementHash(b.subjectNode >= 0 ? blankHash(colors[Int(b.subjectNode)]) : b.s, b.p,
                                             b.objectNode >= 0 ? blankHash(colors[Int(b.objectNode)]) : b.o)
                if b.subjectNode >= 0 { refs[i].s = Subgraph.labelBit | UInt32(b.subjectNode) }
                if b.objectNode >= 0 { refs[i].o = Subgraph.labelBit | UInt32(b.objectNode) }
            }
        }
        let terms = graph.termsByID
        func text(_ i: Int32) -> String { Subgraph.triple(refs[Int(i)], terms, labels).description }

        sortByHash(&keys)
        // Equal hashes only for interchangeable statements (or a 64-bit collision): order those by text.
        orderTies(&keys) { text($0.index) < text($1.index) }

        var ordered: [Statement] = []
        ordered.reserveCapacity(keys.count)
        var h = StableHasher()
        var previous: IDStatement?
        for k in keys {
            // The graph holds each statement once; the check mirrors `canonical(_:)`, which takes any list.
            let st = statements[Int(k.index)]
            if st == previous { continue }
            h.combine(k.hash)
            ordered.append(refs[Int(k.index)])
            previous = st
        }
        h.combine(UInt64(ordered.count))
        return Subgraph(terms: terms, labels: labels, statements: ordered, hash: h.value)
    }

    /// `StableHasher.hash` of a predicate (or any term worth remembering), from the cache when there.
    @inline(__always)
    private static func cachedHash(_ id: TermID, _ graph: Graph, _ termHashes: inout IDCache<UInt64>) -> UInt64 {
        if let h = termHashes[id] { return h }
        let h = graph.stableHash(id)
        termHashes[id] = h
        return h
    }

    /// `StableHasher.hash` of a non-blank object. Remembered: terms more than one statement uses (themes,
    /// licences, and literals such as shared keywords and dates: a hash reads every byte of the term), and
    /// IRIs with statements of their own, which the subgraph mostly holds too and so hashes again as subjects.
    @inline(__always)
    private static func objectHash(_ id: TermID, _ graph: Graph, _ termHashes: inout IDCache<UInt64>) -> UInt64 {
        guard graph.inDegree(id) > 1 || graph.outDegree(id) > 0 else { return graph.stableHash(id) }
        if let h = termHashes[id] { return h }
        let h = graph.stableHash(id)
        termHashes[id] = h
        return h
    }

    @inline(__always)
    private static func statementHash(_ s: UInt64, _ p: UInt64, _ o: UInt64) -> UInt64 {
        var h = StableHasher()
        h.combine(s)
        h.combine(p)
        h.combine(o)
        return h.value
    }

    /// What a blank node contributes to a statement's hash: its colour, never its label.
    @inline(__always)
    private static func blankHash(_ color: UInt64) -> UInt64 { StableHasher.mix(color ^ 0xb1a2_c3d4_e5f6_0718) }

    /// Canonical labels, by node index: by colour, ties (interchangeable nodes) by the reader's label.
    private static func canonicalLabels(_ nodes: [TermID], _ colors: [UInt64], _ graph: Graph) -> [Term] {
        let readerLabels = nodes.map { graph.blankLabel($0) ?? "" }
        let order = nodes.indices.sorted {
            colors[$0] != colors[$1] ? colors[$0] < colors[$1] : readerLabels[$0] < readerLabels[$1]
        }
        var labels = [Term](repeating: .blank(BlankNode("")), count: nodes.count)
        var lastColor: UInt64?
        var run = 0
        for node in order {
            let color = colors[node]
            run = color == lastColor ? run + 1 : 0
            lastColor = color
            labels[node] = .blank(BlankNode(canonicalLabel(color, run: run)))
        }
        return labels
    }

    /// "c", the colour as 16 hex digits, and "x<run>" after the first of equal colours; written by hand
    /// because `String(_:radix:)` and padding cost more than the rest of the labelling.
    private static func canonicalLabel(_ color: UInt64, run: Int) -> String {
        var label = String(unsafeUninitializedCapacity: 17) { buffer in
            buffer[0] = UInt8(ascii: "c")
            for i in 0..<16 {
                let digit = UInt8(truncatingIfNeeded: color >> UInt64(60 - 4 * i)) & 0xf
                buffer[1 + i] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            }
            return 17
        }
        if run > 0 { label += "x" + String(run) }
        return label
    }

    /// Stable sort by hash alone. A record has a few dozen statements: insertion sort on the bare keys
    /// beat the library's sort with a comparator that could fall back to text.
    private static func sortByHash(_ keys: inout [StatementKey]) {
        guard keys.count <= 64 else {
            keys.sort { $0.hash < $1.hash }  // stable, as the library promises
            return
        }
        keys.withUnsafeMutableBufferPointer { k in
            for i in k.indices.dropFirst() {
                let key = k[i]
                var j = i
                while j > 0 && k[j - 1].hash > key.hash {
                    k[j] = k[j - 1]
                    j -= 1
                }
                k[j] = key
            }
        }
    }

    /// Sorts each run of equal hashes with `areInIncreasingOrder` (stable), leaving the rest in place.
    private static func orderTies(_ keys: inout [StatementKey], by areInIncreasingOrder: (StatementKey, StatementKey) -> Bool) {
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count && keys[end].hash == keys[start].hash { end += 1 }
            if end - start > 1 { keys[start..<end].sort(by: areInIncreasingOrder) }
            start = end
        }
    }
}
