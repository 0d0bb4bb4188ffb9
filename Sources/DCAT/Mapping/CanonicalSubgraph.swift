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
        let graph = session.graph
        let n = statements.count
        var subjectHashes = [UInt64](repeating: 0, count: n)
        var predicateHashes = [UInt64](repeating: 0, count: n)
        var objectHashes = [UInt64](repeating: 0, count: n)
        var subjectBlank = [Bool](repeating: false, count: n), objectBlank = [Bool](repeating: false, count: n)
        var coloring = CanonicalColoring()
        // Statements arrive grouped by subject: hash each subject once.
        var lastSubject: TermID?
        var lastHash: UInt64 = 0
        for (i, st) in statements.enumerated() {
            let sb = graph.isBlank(st.s), ob = graph.isBlank(st.o)
            subjectBlank[i] = sb
            objectBlank[i] = ob
            if st.s != lastSubject {
                lastSubject = st.s
                lastHash = sb ? 0 : session.stableHash(st.s, remember: false)
            }
            subjectHashes[i] = lastHash
            predicateHashes[i] = session.stableHash(st.p, remember: true)
            if !ob { objectHashes[i] = session.stableHash(st.o, remember: graph.inDegree(st.o) > 1 && !graph.isLiteral(st.o)) }
            if sb || ob {
                coloring.add(st.s, st.p, st.o, subjectIsBlank: sb, objectIsBlank: ob,
                             hashes: (subjectHashes[i], predicateHashes[i], objectHashes[i]))
            }
        }

        // Canonical labels: by colour, ties (interchangeable nodes) by the reader's label.
        var labels: [TermID: Term] = [:]
        if !coloring.nodes.isEmpty {
            let colors = coloring.colors()
            var colorOf: [TermID: UInt64] = [:]
            var ordered: [(id: TermID, color: UInt64, label: String)] = []
            for (id, c) in zip(coloring.nodes, colors) {
                colorOf[id] = c
                ordered.append((id, c, graph.term(id).blankNode?.id ?? ""))
            }
            ordered.sort { $0.color != $1.color ? $0.color < $1.color : $0.label < $1.label }
            var lastColor: UInt64?
            var run = 0
            for node in ordered {
                run = node.color == lastColor ? run + 1 : 0
                lastColor = node.color
                labels[node.id] = .blank(BlankNode("c" + hex(node.color) + (run == 0 ? "" : "x\(run)")))
            }
            func blankHash(_ id: TermID) -> UInt64 { StableHasher.mix((colorOf[id] ?? 0) ^ 0xb1a2_c3d4_e5f6_0718) }
            for i in 0..<n {
                if subjectBlank[i] { subjectHashes[i] = blankHash(statements[i].s) }
                if objectBlank[i] { objectHashes[i] = blankHash(statements[i].o) }
            }
        }

        func term(_ id: TermID) -> Term { labels[id] ?? graph.term(id) }
        func canonicalTriple(_ i: Int) -> Triple {
            let st = statements[i]
            return Triple(term(st.s), graph.predicateIRI(st.p), term(st.o))
        }
        // Sort small (hash, index) pairs, not the statements themselves.
        var keys: [(hash: UInt64, index: Int)] = []
        keys.reserveCapacity(n)
        for i in 0..<n {
            var h = StableHasher()
            h.combine(subjectHashes[i])
            h.combine(predicateHashes[i])
            h.combine(objectHashes[i])
            keys.append((h.value, i))
        }
        // Equal hashes only for interchangeable statements (or a 64-bit collision): order those by text.
        keys.sort { $0.hash != $1.hash ? $0.hash < $1.hash
            : canonicalTriple($0.index).description < canonicalTriple($1.index).description }
        var out = Subgraph()
        out.triples.reserveCapacity(n)
        var h = StableHasher()
        var previous: IDStatement?
        for k in keys {
            // The graph holds each statement once; the check mirrors `canonical(_:)`, which takes any list.
            let st = statements[k.index]
            if st == previous { continue }
            h.combine(k.hash)
            out.triples.append(canonicalTriple(k.index))
            previous = st
        }
        h.combine(UInt64(out.triples.count))
        out.hash = h.value
        return out
    }
}
