import RDF

/// The statements that belong to one record, with blank nodes labelled canonically (by their position in
/// the graph, not by the labels a reader happened to give them), plus a hash of them.
///
/// The same record serialised as RDF/XML, Turtle or JSON-LD gives the same `triples` and `hash`; any
/// change to its statements changes the hash. Stored (`Codable`) as N-Triples text.
public struct Subgraph: Sendable, Hashable {
    /// The statements, ordered by their own canonical hash; blank nodes are labelled `c<colour>`.
    public internal(set) var triples: [Triple] = []
    public internal(set) var hash: UInt64 = 0

    public init() {}

    public var tripleCount: Int { triples.count }

    /// The hash as 16 lower-case hex digits (what the store keeps).
    public var hashHex: String { Subgraph.hex(hash) }

    /// The statements as N-Triples, one per line.
    public var ntriples: String {
        var out = ""
        for t in triples {
            out += NTriplesWriter.format(t.subject) + " " + NTriplesWriter.format(.iri(t.predicate)) + " "
                + NTriplesWriter.format(t.object) + " .\n"
        }
        return out
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// Canonicalises `triples` (any blank node labels) and hashes them.
    ///
    /// Each statement gets a stable hash from its terms, a blank node standing in by its colour from
    /// `Isomorphism.canonicalColors` (colour refinement: it depends only on the node's position in the
    /// graph). The record's hash combines the sorted statement hashes, so neither labels nor order count.
    /// Equal colours mean interchangeable nodes, so numbering them in any order gives the same statements.
    public static func canonical(_ triples: [Triple]) -> Subgraph {
        var colors: [BlankNode: UInt64] = [:]
        var labels: [BlankNode: BlankNode] = [:]
        if triples.contains(where: { $0.subject.isBlank || $0.object.isBlank }) {
            colors = Isomorphism.canonicalColors(triples.map { Quad($0) })
            let ordered = colors.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key.id < $1.key.id }
            var lastColor: UInt64?
            var run = 0
            for (node, color) in ordered {
                run = color == lastColor ? run + 1 : 0
                lastColor = color
                labels[node] = BlankNode("c" + hex(color) + (run == 0 ? "" : "x\(run)"))
            }
        }
        func termHash(_ t: Term) -> UInt64 {
            if case .blank(let b) = t { return StableHasher.mix((colors[b] ?? 0) ^ 0xb1a2_c3d4_e5f6_0718) }
            return StableHasher.hash(t)
        }
        func relabel(_ t: Term) -> Term {
            if case .blank(let b) = t, let l = labels[b] { return .blank(l) }
            return t
        }
        // Sort small (hash, index) pairs, not the statements themselves: moving Triples costs retains.
        var keys: [(hash: UInt64, index: Int)] = []
        keys.reserveCapacity(triples.count)
        // Statements arrive grouped by subject: hash each subject once.
        var lastSubject: Term?
        var subjectHash: UInt64 = 0
        for (i, t) in triples.enumerated() {
            if t.subject != lastSubject { subjectHash = termHash(t.subject); lastSubject = t.subject }
            var h = StableHasher()
            h.combine(subjectHash)
            h.combine(StableHasher.hash(.iri(t.predicate)))
            h.combine(termHash(t.object))
            keys.append((h.value, i))
        }
        func canonicalTriple(_ i: Int) -> Triple {
            let t = triples[i]
            return Triple(relabel(t.subject), t.predicate, relabel(t.object))
        }
        // Equal hashes only for interchangeable statements (or a 64-bit collision): order those by text.
        keys.sort { $0.hash != $1.hash ? $0.hash < $1.hash
            : canonicalTriple($0.index).description < canonicalTriple($1.index).description }
        var out = Subgraph()
        out.triples.reserveCapacity(keys.count)
        var h = StableHasher()
        var previous: Triple?
        for k in keys {
            let t = canonicalTriple(k.index)
            if t == previous { continue }
            h.combine(k.hash)
            out.triples.append(t)
            previous = t
        }
        h.combine(UInt64(out.triples.count))
        out.hash = h.value
        return out
    }
}

extension Subgraph: Codable {
    enum CodingKeys: String, CodingKey { case hash, ntriples }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(hashHex, forKey: .hash)
        try c.encode(ntriples, forKey: .ntriples)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let hex = try c.decode(String.self, forKey: .hash)
        guard let h = UInt64(hex, radix: 16) else {
            throw DecodingError.dataCorruptedError(forKey: .hash, in: c, debugDescription: "not a 64-bit hex hash")
        }
        // The reader gives blank nodes fresh labels; canonicalising again restores the stored ones,
        // and the recomputed hash proves the text is what was hashed.
        let parsed = try NTriplesReader().read(try c.decode(String.self, forKey: .ntriples)).map(\.triple)
        self = Subgraph.canonical(parsed)
        guard hash == h else {
            throw DecodingError.dataCorruptedError(forKey: .ntriples, in: c, debugDescription: "statements do not match their hash")
        }
    }
}
