import RDF

/// The statements that belong to one record, with blank nodes labelled canonically (by their position in
/// the graph, not by the labels a reader happened to give them), plus a hash of them.
///
/// The same record serialised as RDF/XML, Turtle or JSON-LD gives the same `triples` and `hash`; any
/// change to its statements changes the hash. Stored (`Codable`) as N-Triples text.
///
/// The statements are kept as references into a term table, not as `Triple`s: a mapped record shares the
/// term table of the graph it was mapped from, so its few dozen statements cost 12 bytes each instead of
/// a `Triple` (96 bytes and a retain of every string in it) apiece. `triples` builds the `Triple`s when
/// asked.
public struct Subgraph: Sendable, Hashable {
    /// A statement by term references: an index into `terms`, or, with `labelBit` set, into `labels`.
    struct Statement: Hashable, Sendable {
        var s: UInt32
        var p: UInt32
        var o: UInt32
    }

    /// Marks a reference to a canonical blank-node label (graph term ids stay far below 2^31: a graph of
    /// that many terms would not fit in memory).
    static let labelBit: UInt32 = 1 << 31

    /// The terms the statements refer to; for a mapped record, the mapped graph's whole table, shared.
    private var terms: [Term] = []
    /// Canonical blank-node labels (`c<colour>`), referred to with `labelBit`.
    private var labels: [Term] = []
    /// In canonical order: by statement hash, ties by text.
    private var statements: [Statement] = []
    public internal(set) var hash: UInt64 = 0

    public init() {}

    init(terms: [Term], labels: [Term], statements: [Statement], hash: UInt64) {
        self.terms = terms
        self.labels = labels
        self.statements = statements
        self.hash = hash
    }

    /// A subgraph as a store kept it: its distinct `terms` (blank nodes with their canonical labels) and
    /// its statements as indices into them, in canonical order, with the hash it was made with. Taken as
    /// it is, not canonicalised again: for statements that came out of a `Subgraph`, whose order, labels
    /// and hash they keep. Indices must lie within `terms`, and a predicate must be an IRI.
    public init(storedTerms terms: [Term], statements: [(s: Int, p: Int, o: Int)], hash: UInt64) {
        self.terms = terms
        self.statements = statements.map { Statement(s: UInt32($0.s), p: UInt32($0.p), o: UInt32($0.o)) }
        self.hash = hash
    }

    public var tripleCount: Int { statements.count }

    /// The statements, in canonical order (by their own canonical hash); blank nodes are labelled
    /// `c<colour>`.
    public var triples: [Triple] { statements.map(triple) }

    /// The hash as 16 lower-case hex digits (what the store keeps).
    public var hashHex: String { Subgraph.hex(hash) }

    /// The statements as N-Triples, one per line.
    public var ntriples: String {
        var out: [UInt8] = []
        appendNTriples(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the statements as N-Triples lines, in canonical order.
    ///
    /// A record's lines repeat its subject and predicates (in canonical order, not next to each other):
    /// each distinct term is written once, into `forms`, and every use of it copies those bytes. Writing a
    /// term scans it for characters to escape, and taking it out of its table retained its strings.
    public func appendNTriples(to out: inout [UInt8]) {
        var forms: [UInt8] = []
        forms.reserveCapacity(statements.count * 40)
        var written: [Range<Int>] = []
        forEachStatement(newTerm: { term in
            let start = forms.count
            NTriplesWriter.appendTerm(term, to: &forms)
            written.append(start..<forms.count)
        }, statement: { s, p, o in
            out.append(contentsOf: forms[written[s]])
            out.append(UInt8(ascii: " "))
            out.append(contentsOf: forms[written[p]])
            out.append(UInt8(ascii: " "))
            out.append(contentsOf: forms[written[o]])
            out.append(contentsOf: " .\n".utf8)
        })
    }

    /// The statements over a table of their distinct terms, for compact encodings: `newTerm` gets each
    /// distinct term once, in order of first use (subject, predicate, object, statement by statement in
    /// canonical order), so its n-th call hands over term number n; `statement` gets each statement's
    /// three term numbers. No `Triple` is built and no term is handed over twice.
    public func forEachStatement(newTerm: (Term) -> Void, statement: (Int, Int, Int) -> Void) {
        let slots = 1 << max(4, Int.bitWidth - (statements.count * 4).leadingZeroBitCount)
        withUnsafeTemporaryAllocation(of: NumberedTerm.self, capacity: slots) { numbered in
            numbered.initialize(repeating: NumberedTerm(ref: NumberedTerm.empty, number: 0))
            var count = 0
            func number(_ ref: UInt32) -> Int {
                var slot = Int(truncatingIfNeeded: (ref &* 0x9E37_79B1) >> 7) & (slots - 1)
                while numbered[slot].ref != NumberedTerm.empty && numbered[slot].ref != ref { slot = (slot + 1) & (slots - 1) }
                if numbered[slot].ref == NumberedTerm.empty {
                    numbered[slot] = NumberedTerm(ref: ref, number: Int32(count))
                    count += 1
                    newTerm(term(ref))
                }
                return Int(numbered[slot].number)
            }
            for st in statements {
                let s = number(st.s), p = number(st.p), o = number(st.o)
                statement(s, p, o)
            }
        }
    }

    /// A term's number in `forEachStatement`.
    private struct NumberedTerm {
        static let empty = UInt32.max
        var ref: UInt32
        var number: Int32
    }

    @inline(__always)
    func term(_ ref: UInt32) -> Term { Subgraph.term(ref, terms, labels) }

    func triple(_ st: Statement) -> Triple { Subgraph.triple(st, terms, labels) }

    @inline(__always)
    static func term(_ ref: UInt32, _ terms: [Term], _ labels: [Term]) -> Term {
        ref & labelBit == 0 ? terms[Int(ref)] : labels[Int(ref & ~labelBit)]
    }

    static func triple(_ st: Statement, _ terms: [Term], _ labels: [Term]) -> Triple {
        guard case .iri(let p) = term(st.p, terms, labels) else { preconditionFailure("a predicate is not an IRI") }
        return Triple(term(st.s, terms, labels), p, term(st.o, terms, labels))
    }

    /// Equal when the canonical statements are: the hash decides unless it collides.
    public static func == (a: Subgraph, b: Subgraph) -> Bool {
        a.hash == b.hash && a.statements.count == b.statements.count && a.triples == b.triples
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }

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
        var ordered: [Triple] = []
        ordered.reserveCapacity(keys.count)
        var h = StableHasher()
        var previous: Triple?
        for k in keys {
            let t = canonicalTriple(k.index)
            if t == previous { continue }
            h.combine(k.hash)
            ordered.append(t)
            previous = t
        }
        h.combine(UInt64(ordered.count))
        return tabled(ordered, hash: h.value)
    }

    /// A subgraph of triples already in canonical order, with a term table of its own.
    private static func tabled(_ triples: [Triple], hash: UInt64) -> Subgraph {
        var terms: [Term] = []
        var refs: [Term: UInt32] = [:]
        func ref(_ t: Term) -> UInt32 {
            if let r = refs[t] { return r }
            let r = UInt32(terms.count)
            terms.append(t)
            refs[t] = r
            return r
        }
        let statements = triples.map { Statement(s: ref($0.subject), p: ref(.iri($0.predicate)), o: ref($0.object)) }
        return Subgraph(terms: terms, labels: [], statements: statements, hash: hash)
    }
}

/// Shown and reflected as its triples and hash: a mapped record's term table is its whole graph's.
extension Subgraph: CustomStringConvertible, CustomReflectable {
    public var description: String { "Subgraph(\(hashHex), \(tripleCount) triples)" }

    public var customMirror: Mirror {
        Mirror(self, children: ["triples": triples, "hash": hash], displayStyle: .struct)
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
