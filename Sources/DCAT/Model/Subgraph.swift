import RDF

/// The statements that belong to one record, with blank nodes labelled canonically (by their position in
/// the graph, not by the labels a reader happened to give them), as sorted N-Triples, plus a hash.
///
/// The same record serialised as RDF/XML, Turtle or JSON-LD gives the same `ntriples` and `hash`;
/// any change to its statements changes both.
public struct Subgraph: Codable, Sendable, Hashable {
    /// Sorted canonical N-Triples, one statement per line.
    public var ntriples: String = ""
    public var tripleCount: Int = 0
    public var hash: UInt64 = 0

    public init() {}

    public init(ntriples: String, tripleCount: Int, hash: UInt64) {
        self.ntriples = ntriples; self.tripleCount = tripleCount; self.hash = hash
    }

    /// The hash as 16 lower-case hex digits (what the store keeps).
    public var hashHex: String { Subgraph.hex(hash) }

    /// The statements, re-read from `ntriples`.
    public var triples: [Triple] {
        (try? NTriplesReader().read(ntriples).map(\.triple)) ?? []
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// Canonicalises `triples` (any blank node labels) and hashes them.
    public static func canonical(_ triples: [Triple]) -> Subgraph {
        var predicates: [IRI: String] = [:]
        return canonical(triples, predicateText: &predicates)
    }

    /// The same, reusing the N-Triples forms of predicates across calls (one page maps many records).
    static func canonical(_ triples: [Triple], predicateText: inout [IRI: String]) -> Subgraph {
        var labels: [BlankNode: String] = [:]
        if triples.contains(where: { $0.subject.isBlank || $0.object.isBlank }) {
            let colors = Isomorphism.canonicalColors(triples.map { Quad($0) })
            // Equal colours mean interchangeable nodes (automorphic), so the order among them is immaterial;
            // the original label only breaks ties deterministically.
            let ordered = colors.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key.id < $1.key.id }
            var lastColor: UInt64?
            var run = 0
            for (node, color) in ordered {
                run = color == lastColor ? run + 1 : 0
                lastColor = color
                labels[node] = "_:c" + hex(color) + (run == 0 ? "" : "x\(run)")
            }
        }
        // Most statements share their subject: format each distinct node once.
        var nodeText: [Term: String] = [:]
        func text(_ t: Term) -> String {
            if case .blank(let b) = t, let l = labels[b] { return l }
            if let s = nodeText[t] { return s }
            let s = NTriplesWriter.format(t)
            if !t.isLiteral { nodeText[t] = s }
            return s
        }
        var lines: [String] = []
        lines.reserveCapacity(triples.count)
        for t in triples {
            let p: String
            if let known = predicateText[t.predicate] { p = known } else {
                p = NTriplesWriter.format(.iri(t.predicate))
                predicateText[t.predicate] = p
            }
            var line = text(t.subject)
            line += " "
            line += p
            line += " "
            line += text(t.object)
            line += " ."
            lines.append(line)
        }
        lines.sort()
        var h = StableHasher()
        var out = ""
        var count = 0
        var previous: String?
        for l in lines where l != previous {
            h.combine(l)
            out += l
            out += "\n"
            count += 1
            previous = l
        }
        h.combine(UInt64(count))
        return Subgraph(ntriples: out, tripleCount: count, hash: h.value)
    }
}
