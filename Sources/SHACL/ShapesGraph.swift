import RDF

/// Every shape of a shapes graph, parsed into value types once; validation never reads the shapes
/// graph again.
public struct ShapesGraph: Sendable {
    public private(set) var shapes: [Shape] = []
    /// Shapes with at least one target (explicit or implicit class target): where validation starts.
    public private(set) var targetedShapes: [ShapeID] = []
    /// SPARQL constraints and other features this Core engine skips, once per shape.
    public private(set) var unsupported: [UnsupportedFeature] = []
    /// Ill-formed parts a lenient reader skips rather than refusing the whole shapes graph.
    public private(set) var ignored: [UnsupportedFeature] = []

    /// `extraMessagePredicates`: predicates besides sh:message whose literal values a profile uses
    /// as result messages (some publish theirs under their own namespace); they become `messages` too.
    public init(_ graph: Graph, extraMessagePredicates: [IRI] = []) throws {
        var reader = ShapesReader(graph: graph, messagePredicates: Set(extraMessagePredicates + [SH.message]))
        try reader.readAll()
        shapes = reader.shapes
        unsupported = reader.unsupported
        ignored = reader.ignored
        idByNode = reader.idByNode
        targetedShapes = shapes.indices.filter { !shapes[$0].targets.isEmpty }
        for id in shapes.indices where canReach(id, from: id) { shapes[id].isRecursive = true }
        boxes = shapes.map(ShapeBox.init)
    }

    /// The shapes held by reference, built once: every validation run reads them without copying.
    private(set) var boxes: [ShapeBox] = []

    /// Depth-first search over shape references (shapes graphs are small: a few hundred shapes).
    private func canReach(_ target: ShapeID, from start: ShapeID) -> Bool {
        var stack = shapes[start].constraints.flatMap(\.referencedShapes)
        var seen: Set<ShapeID> = []
        while let id = stack.popLast() {
            if id == target { return true }
            guard seen.insert(id).inserted else { continue }
            stack.append(contentsOf: shapes[id].constraints.flatMap(\.referencedShapes))
        }
        return false
    }

    private var idByNode: [Term: ShapeID] = [:]

    public subscript(id: ShapeID) -> Shape { shapes[id] }

    /// The shape whose node in the shapes graph is `node` (what a result names as sh:sourceShape).
    public func shape(for node: Term) -> Shape? { idByNode[node].map { shapes[$0] } }

    func id(for node: Term) -> ShapeID? { idByNode[node] }
}

/// Builds `Shape` values from the shapes graph, following references (sh:node, sh:property, sh:and,
/// ...) on demand, each node parsed once.
private struct ShapesReader {
    let graph: Graph
    var shapes: [Shape] = []
    var unsupported: [UnsupportedFeature] = []
    var ignored: [UnsupportedFeature] = []
    var idByNode: [Term: ShapeID] = [:]

    let messagePredicates: Set<IRI>

    init(graph: Graph, messagePredicates: Set<IRI>) {
        self.graph = graph
        self.messagePredicates = messagePredicates
    }

    static let targetPredicates: Set<IRI> = [SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target]

    mutating func readAll() throws {
        // Shapes graphs are small (DCAT-AP 3.0.1 has ~2000 triples), so one pass over them is fine.
        var roots = OrderedTerms()
        for t in graph.triples {
            if t.predicate == RDFVocab.type, t.object == .iri(SH.NodeShape) || t.object == .iri(SH.PropertyShape) {
                roots.insert(t.subject)
            } else if Self.targetPredicates.contains(t.predicate) || t.predicate == SH.path {
                roots.insert(t.subject)
            }
        }
        for node in roots.items where !node.isLiteral { _ = try shape(node) }
        // Custom (SPARQL-based) constraint components: their parameters mean nothing to a Core engine.
        for component in graph.subjects(RDFVocab.type, .iri(SH.ConstraintComponent)) {
            unsupported.append(UnsupportedFeature(shape: component, feature: "unsupported constraint: custom constraint component (SHACL-SPARQL)"))
        }
    }

    mutating func shape(_ node: Term) throws -> ShapeID {
        if let id = idByNode[node] { return id }
        guard !node.isLiteral else { throw ShapesError(node: node, message: "a literal cannot be a shape") }
        let id = shapes.count
        idByNode[node] = id
        shapes.append(Shape(node: node))
        let built = try build(node)
        shapes[id] = built
        return id
    }

    private mutating func build(_ node: Term) throws -> Shape {
        var s = Shape(node: node)
        let statements = graph.triples(about: node)
        let paths = statements.filter { $0.predicate == SH.path }
        if paths.count > 1 { throw ShapesError(node: node, message: "a property shape has exactly one sh:path, found \(paths.count)") }
        if let p = paths.first {
            do {
                s.path = try PropertyPath.parse(p.object, in: graph)
            } catch let error as ShapesError {
                // A shape with an unusable path (the DCAT-AP-NL 1.1 shapes give literals) cannot be
                // evaluated; it is kept deactivated, so references to it stay valid, and noted.
                ignored.append(UnsupportedFeature(shape: node, feature: "ill-formed sh:path \(p.object) (\(error.message)); shape ignored"))
                s.deactivated = true
                return s
            }
        }
        let isProperty = s.path != nil
        let flags = try statements.first { $0.predicate == SH.flags }.map { try string($0.object, node, "sh:flags") } ?? ""
        var sawSPARQL = false, sawTarget = false

        for t in statements {
            let o = t.object
            switch t.predicate {
            case SH.targetNode: s.targets.append(.node(o))
            case SH.targetClass: s.targets.append(.class_(o))
            case SH.targetSubjectsOf: s.targets.append(.subjectsOf(try iri(o, node, "sh:targetSubjectsOf")))
            case SH.targetObjectsOf: s.targets.append(.objectsOf(try iri(o, node, "sh:targetObjectsOf")))
            case SH.target:
                if !sawTarget { unsupported.append(UnsupportedFeature(shape: node, feature: "unsupported constraint: sh:target (SPARQL-based or custom target)")) }
                sawTarget = true
            case SH.sparql:
                if !sawSPARQL { unsupported.append(UnsupportedFeature(shape: node, feature: "unsupported constraint: sh:sparql (SPARQL-based constraint)")) }
                sawSPARQL = true
            case SH.severity: s.severity = Severity(try iri(o, node, "sh:severity"))
            case SH.name: if case .literal(let l) = o { s.names.append(l) }
            case SH.description: if case .literal(let l) = o { s.descriptions.append(l) }
            case SH.deactivated: s.deactivated = isTrue(o)

            case SH.class_: s.constraints.append(.class_(o))
            case SH.datatype: s.constraints.append(.datatype(try iri(o, node, "sh:datatype")))
            case SH.nodeKind: s.constraints.append(.nodeKind(try nodeKind(o, node)))
            case SH.minCount where isProperty: s.constraints.append(.minCount(try integer(o, node, "sh:minCount")))
            case SH.maxCount where isProperty: s.constraints.append(.maxCount(try integer(o, node, "sh:maxCount")))
            case SH.minExclusive: s.constraints.append(.minExclusive(o))
            case SH.minInclusive: s.constraints.append(.minInclusive(o))
            case SH.maxExclusive: s.constraints.append(.maxExclusive(o))
            case SH.maxInclusive: s.constraints.append(.maxInclusive(o))
            case SH.minLength: s.constraints.append(.minLength(try integer(o, node, "sh:minLength")))
            case SH.maxLength: s.constraints.append(.maxLength(try integer(o, node, "sh:maxLength")))
            case SH.pattern:
                let source = try string(o, node, "sh:pattern")
                s.constraints.append(.pattern(try CompiledPattern(source: source, flags: flags, node: node)))
            case SH.languageIn:
                let tags = try list(o, node, "sh:languageIn").map { try string($0, node, "sh:languageIn member") }
                s.constraints.append(.languageIn(tags.map { Literal.normalizeLanguage($0) }))
            case SH.uniqueLang where isProperty: if isTrue(o) { s.constraints.append(.uniqueLang) }
            case SH.equals: s.constraints.append(.equals(try iri(o, node, "sh:equals")))
            case SH.disjoint: s.constraints.append(.disjoint(try iri(o, node, "sh:disjoint")))
            case SH.lessThan where isProperty: s.constraints.append(.lessThan(try iri(o, node, "sh:lessThan")))
            case SH.lessThanOrEquals where isProperty: s.constraints.append(.lessThanOrEquals(try iri(o, node, "sh:lessThanOrEquals")))
            case SH.not: s.constraints.append(.not(try shape(o)))
            case SH.and: s.constraints.append(.and(try list(o, node, "sh:and").map { try shape($0) }))
            case SH.or: s.constraints.append(.or(try list(o, node, "sh:or").map { try shape($0) }))
            case SH.xone: s.constraints.append(.xone(try list(o, node, "sh:xone").map { try shape($0) }))
            case SH.node: s.constraints.append(.node(try shape(o)))
            case SH.property:
                // Published shapes do reference property shapes they never define (DCAT-AP 3.0.1
                // has one); such a reference constrains nothing, so it is noted and skipped.
                guard graph.object(o, SH.path) != nil else {
                    ignored.append(UnsupportedFeature(shape: node, feature: "sh:property \(o) is not a property shape (no sh:path); ignored"))
                    continue
                }
                s.constraints.append(.property(try shape(o)))
            case SH.qualifiedValueShape where isProperty:
                s.constraints.append(try qualified(node, valueShape: o, statements))
            case SH.closed:
                if isTrue(o) { s.constraints.append(.closed(allowed: try closedAllowed(node, statements))) }
            case SH.hasValue: s.constraints.append(.hasValue(o))
            case SH.in_:
                let members = try list(o, node, "sh:in")
                s.constraints.append(.in_(members, Set(members)))
            default:
                if messagePredicates.contains(t.predicate), case .literal(let l) = o { s.messages.append(l) }
            }
        }
        if isImplicitClassTarget(node) { s.targets.append(.class_(node)) }
        return s
    }

    /// A shape that is also an rdfs:Class (through rdfs:subClassOf* in the shapes graph) targets its
    /// own instances (SHACL §2.1.3.3).
    private func isImplicitClassTarget(_ node: Term) -> Bool {
        let types = graph.objects(node, RDFVocab.type)
        guard types.contains(.iri(SH.NodeShape)) || types.contains(.iri(SH.PropertyShape)) else { return false }
        var queue = types, seen = Set(types), i = 0
        while i < queue.count {
            if queue[i] == .iri(RDFS.Class) { return true }
            for sup in graph.objects(queue[i], RDFS.subClassOf) where seen.insert(sup).inserted { queue.append(sup) }
            i += 1
        }
        return false
    }

    private mutating func qualified(_ node: Term, valueShape: Term, _ statements: [Triple]) throws -> Constraint {
        let min = try statements.first { $0.predicate == SH.qualifiedMinCount }.map { try integer($0.object, node, "sh:qualifiedMinCount") }
        let max = try statements.first { $0.predicate == SH.qualifiedMaxCount }.map { try integer($0.object, node, "sh:qualifiedMaxCount") }
        let q = try shape(valueShape)
        var siblings: [ShapeID] = []
        let disjoint = statements.contains { $0.predicate == SH.qualifiedValueShapesDisjoint && isTrue($0.object) }
        if disjoint {
            // Sibling shapes: the qualified value shapes of the other property shapes of every shape
            // that has this one as sh:property (SHACL §4.7.3).
            var seen: Set<Term> = []
            for parent in graph.subjects(SH.property, node) {
                for sibling in graph.objects(parent, SH.property) where sibling != node {
                    for q2 in graph.objects(sibling, SH.qualifiedValueShape) where seen.insert(q2).inserted {
                        siblings.append(try shape(q2))
                    }
                }
            }
        }
        return .qualifiedValueShape(shape: q, min: min, max: max, siblings: siblings)
    }

    private func closedAllowed(_ node: Term, _ statements: [Triple]) throws -> Set<IRI> {
        var allowed: Set<IRI> = []
        for t in statements where t.predicate == SH.property {
            for p in graph.objects(t.object, SH.path) { if case .iri(let i) = p { allowed.insert(i) } }
        }
        for t in statements where t.predicate == SH.ignoredProperties {
            for m in try list(t.object, node, "sh:ignoredProperties") { allowed.insert(try iri(m, node, "sh:ignoredProperties member")) }
        }
        return allowed
    }

    // MARK: parameter values

    private func isTrue(_ t: Term) -> Bool {
        guard case .literal(let l) = t else { return false }
        return l.datatype == XSD.boolean && l.lexical == "true"
    }

    private func iri(_ t: Term, _ node: Term, _ what: String) throws -> IRI {
        guard case .iri(let i) = t else { throw ShapesError(node: node, message: "\(what) must be an IRI, found \(t)") }
        return i
    }

    private func string(_ t: Term, _ node: Term, _ what: String) throws -> String {
        guard case .literal(let l) = t else { throw ShapesError(node: node, message: "\(what) must be a literal, found \(t)") }
        return l.lexical
    }

    private func integer(_ t: Term, _ node: Term, _ what: String) throws -> Int {
        guard case .literal(let l) = t, let n = Int(l.lexical.hasPrefix("+") ? String(l.lexical.dropFirst()) : l.lexical), n >= 0 else {
            throw ShapesError(node: node, message: "\(what) must be a non-negative integer, found \(t)")
        }
        return n
    }

    private func list(_ t: Term, _ node: Term, _ what: String) throws -> [Term] {
        guard let members = graph.listMembers(t) else { throw ShapesError(node: node, message: "\(what) must be a well-formed RDF list") }
        return members
    }

    private func nodeKind(_ t: Term, _ node: Term) throws -> NodeKind {
        switch t {
        case .iri(SH.BlankNode): return .blankNode
        case .iri(SH.IRI_): return .iri
        case .iri(SH.Literal): return .literal
        case .iri(SH.BlankNodeOrIRI): return .blankNodeOrIRI
        case .iri(SH.BlankNodeOrLiteral): return .blankNodeOrLiteral
        case .iri(SH.IRIOrLiteral): return .iriOrLiteral
        default: throw ShapesError(node: node, message: "sh:nodeKind \(t) is not one of the six SHACL node kinds")
        }
    }
}
