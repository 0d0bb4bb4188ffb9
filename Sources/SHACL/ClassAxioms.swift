import RDF

/// Background knowledge: rdfs:subClassOf facts the caller adds to those of the data graph, for
/// sh:class and sh:targetClass. Official application-profile shapes often expect an inference the
/// data never states (say, a `foaf:Organization` value where the shape asks for `foaf:Agent`); the
/// caller supplies such axioms here, since this engine knows no vocabulary of its own.
public struct ClassAxioms: Sendable {
    private(set) var superclasses: [Term: [Term]] = [:]
    private(set) var subclasses: [Term: [Term]] = [:]
    private var pairs: Set<Pair> = []

    private struct Pair: Hashable, Sendable { let sub: Term; let sup: Term }

    public init() {}

    public init(_ axioms: [(subclass: IRI, superclass: IRI)]) {
        for a in axioms { add(subclass: .iri(a.subclass), superclass: .iri(a.superclass)) }
    }

    /// Every `?sub rdfs:subClassOf ?sup` statement of `graph`.
    public init(subClassOf graph: Graph) {
        merge(subClassOf: graph)
    }

    public var count: Int { pairs.count }
    public var isEmpty: Bool { pairs.isEmpty }

    public mutating func add(subclass: Term, superclass: Term) {
        guard pairs.insert(Pair(sub: subclass, sup: superclass)).inserted else { return }
        superclasses[subclass, default: []].append(superclass)
        subclasses[superclass, default: []].append(subclass)
    }

    public mutating func merge(subClassOf graph: Graph) {
        for t in graph.triples where t.predicate == RDFS.subClassOf { add(subclass: t.subject, superclass: t.object) }
    }
}

/// SHACL instance tests over one data graph plus background axioms, with the transitive closures
/// cached: 10k datasets typed `dcat:Dataset` cost one closure, not 10k.
final class ClassIndex {
    private let data: Graph
    private let axioms: ClassAxioms
    /// Ids of rdf:type and rdfs:subClassOf in the data (nil: the data never uses them, so no node is an
    /// instance of anything but through the data's own types, and no class has data-given subclasses).
    let typeID: TermID?
    let subClassOfID: TermID?
    private var superclassClosure: [Term: Set<Term>] = [:]
    private var instanceCache: [Term: [Term]] = [:]

    init(data: Graph, axioms: ClassAxioms) {
        self.data = data
        self.axioms = axioms
        typeID = data.id(of: .iri(RDFVocab.type))
        subClassOfID = data.id(of: .iri(RDFS.subClassOf))
    }

    /// `type` and all its superclasses (rdfs:subClassOf*).
    func superclasses(of type: Term) -> Set<Term> {
        if let cached = superclassClosure[type] { return cached }
        var seen: Set<Term> = [type]
        var queue = [type], i = 0
        while i < queue.count {
            let c = queue[i]
            i += 1
            if let subClassOfID, let cid = data.id(of: c) {
                for sup in data.objects(cid, subClassOfID) where seen.insert(sup).inserted { queue.append(sup) }
            }
            for sup in axioms.superclasses[c] ?? [] where seen.insert(sup).inserted { queue.append(sup) }
        }
        superclassClosure[type] = seen
        return seen
    }

    /// Whether `node` has an rdf:type whose superclass closure holds `cls`.
    func isInstance(_ node: Term, of cls: Term) -> Bool {
        guard !node.isLiteral, let typeID, let nid = data.id(of: node) else { return false }
        for t in data.objects(nid, typeID) where superclasses(of: t).contains(cls) { return true }
        return false
    }

    /// Every SHACL instance of `cls` in the data graph, distinct, in discovery order.
    func instances(of cls: Term) -> [Term] {
        guard let typeID else { return [] }
        if let cached = instanceCache[cls] { return cached }
        var classes = [cls], seen: Set<Term> = [cls], i = 0
        while i < classes.count {
            let c = classes[i]
            i += 1
            if let subClassOfID, let cid = data.id(of: c) {
                for e in data.incoming(cid) where e.p == subClassOfID {
                    let sub = data.term(e.s)
                    if seen.insert(sub).inserted { classes.append(sub) }
                }
            }
            for sub in axioms.subclasses[c] ?? [] where seen.insert(sub).inserted { classes.append(sub) }
        }
        var out = OrderedTerms()
        for c in classes {
            guard let cid = data.id(of: c) else { continue }
            for e in data.incoming(cid) where e.p == typeID { out.insert(data.term(e.s)) }
        }
        instanceCache[cls] = out.items
        return out.items
    }
}
