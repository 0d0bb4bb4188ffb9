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
        let quads = triples.map { Quad($0) }
        let colors = Isomorphism.canonicalColors(quads)
        // Equal colours mean interchangeable nodes (automorphic), so the order among them is immaterial;
        // the original label only breaks ties deterministically.
        let ordered = colors.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key.id < $1.key.id }
        var labels: [BlankNode: String] = [:]
        var lastColor: UInt64?
        var run = 0
        for (node, color) in ordered {
            run = color == lastColor ? run + 1 : 0
            lastColor = color
            labels[node] = "c" + hex(color) + (run == 0 ? "" : "x\(run)")
        }
        func relabel(_ t: Term) -> Term {
            if case .blank(let b) = t, let l = labels[b] { return .blank(BlankNode(l)) }
            return t
        }
        var seen = Set<String>()
        var lines: [String] = []
        lines.reserveCapacity(triples.count)
        for t in triples {
            let line = NTriplesWriter.format(relabel(t.subject)) + " " + NTriplesWriter.format(.iri(t.predicate))
                + " " + NTriplesWriter.format(relabel(t.object)) + " ."
            if seen.insert(line).inserted { lines.append(line) }
        }
        lines.sort()
        var h = StableHasher()
        for l in lines { h.combine(l) }
        h.combine(UInt64(lines.count))
        return Subgraph(ntriples: lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n",
                        tripleCount: lines.count, hash: h.value)
    }
}
