import RDF

/// A SHACL Core validator: parse the shapes once, validate any number of data graphs.
///
/// Covers SHACL Core (W3C Recommendation 2017): every target kind including implicit class targets,
/// all property path forms, and all Core constraint components, with severities, sh:message and
/// sh:deactivated. Not covered: SHACL-SPARQL (sh:sparql, sh:target, custom constraint components),
/// listed in `unsupported` instead; and SHACL Advanced Features (rules, functions), ignored.
/// Class membership (sh:class, sh:targetClass) follows rdf:type and rdfs:subClassOf* in the data
/// graph plus the caller's `classAxioms`; no other inference is made.
///
/// ```swift
/// let validator = try Validator(shapes: shapesGraph, classAxioms: ClassAxioms([(orgIRI, agentIRI)]))
/// let report = validator.validate(data: dataGraph)
/// ```
public struct Validator: Sendable {
    public let shapes: ShapesGraph
    /// Extra rdfs:subClassOf facts merged with the data graph's own for sh:class and sh:targetClass.
    public var classAxioms: ClassAxioms

    /// Shapes-graph features this engine does not evaluate (sh:sparql, sh:target), once per shape.
    public var unsupported: [UnsupportedFeature] { shapes.unsupported }
    /// Ill-formed parts of the shapes graph that were skipped (undefined property shapes, bad paths).
    public var ignored: [UnsupportedFeature] { shapes.ignored }

    /// `extraMessagePredicates`: see `ShapesGraph.init(_:extraMessagePredicates:)`.
    public init(shapes: Graph, classAxioms: ClassAxioms = ClassAxioms(), extraMessagePredicates: [IRI] = []) throws {
        self.shapes = try ShapesGraph(shapes, extraMessagePredicates: extraMessagePredicates)
        self.classAxioms = classAxioms
    }

    public init(shapes: ShapesGraph, classAxioms: ClassAxioms = ClassAxioms()) {
        self.shapes = shapes
        self.classAxioms = classAxioms
    }

    public func validate(data: Graph) -> ValidationReport {
        let run = ValidationRun(shapes: shapes, data: data, axioms: classAxioms)
        var sink = ResultSink(firstOnly: false)
        for id in shapes.targetedShapes where !shapes.boxes[id].shape.deactivated {
            for focus in run.focusNodes(of: shapes.boxes[id].shape) { run.validate(focus, against: id, into: &sink) }
        }
        return ValidationReport(results: sink.results)
    }

    /// Validates one node against one shape (by its node in the shapes graph), whatever the
    /// shape's targets: for callers that pick focus nodes themselves. Nil when no such shape exists.
    public func validate(node: Term, against shapeNode: Term, data: Graph) -> ValidationReport? {
        guard let id = shapes.id(for: shapeNode) else { return nil }
        let run = ValidationRun(shapes: shapes, data: data, axioms: classAxioms)
        var sink = ResultSink(firstOnly: false)
        run.validate(node, against: id, into: &sink)
        return ValidationReport(results: sink.results)
    }
}

/// Collects results; in `firstOnly` mode (conformance checks for sh:node, sh:or, ...) evaluation
/// stops at the first result, since only "any result or none" matters there.
struct ResultSink {
    let firstOnly: Bool
    var results: [ValidationResult] = []
    var done: Bool { firstOnly && !results.isEmpty }

    init(firstOnly: Bool) { self.firstOnly = firstOnly }
}

/// State for one validation of one data graph: class closures, conformance memo, target indexes.
final class ValidationRun {
    let shapes: ShapesGraph
    let data: Graph
    let classes: ClassIndex

    private struct Key: Hashable {
        let shape: ShapeID
        let node: Term
    }
    /// Whether a node conforms to a shape depends only on both and the data: memoised, so 10k
    /// datasets sharing one publisher check that publisher once.
    private var conformance: [Key: Bool] = [:]
    /// (shape, node) pairs of recursive shapes under evaluation: a conformance check reaching the
    /// same pair again takes it to conform instead of looping (SHACL leaves recursion undefined).
    private var active: Set<Key> = []
    private var predicateIndex: [IRI: (subjects: OrderedTerms, objects: OrderedTerms)]?

    /// Property shapes of one node shape all start from the same focus node: its id is kept.
    private var lastFocus: Term?
    private var lastFocusID: TermID?

    /// The shapes behind references: validation reads fields of a shape without copying all of it.
    private let table: [ShapeBox]

    init(shapes: ShapesGraph, data: Graph, axioms: ClassAxioms) {
        self.shapes = shapes
        self.table = shapes.boxes
        self.data = data
        self.classes = ClassIndex(data: data, axioms: axioms)
    }

    /// The classes some node of the data is an instance of (the superclass closures of every rdf:type
    /// object): a class target outside this set has no focus nodes, found without walking its subclasses.
    private lazy var instantiatedClasses: Set<Term> = {
        var out = Set<Term>()
        guard let typeID = classes.typeID else { return out }
        var typeObjects = Set<TermID>()
        for i in 0..<data.count {
            let (_, p, o) = data.statement(i)
            if p == typeID && typeObjects.insert(o).inserted { out.formUnion(classes.superclasses(of: data.term(o))) }
        }
        return out
    }()

    private func id(of focus: Term) -> TermID? {
        if focus == lastFocus { return lastFocusID }
        lastFocus = focus
        lastFocusID = data.id(of: focus)
        return lastFocusID
    }

    func focusNodes(of shape: Shape) -> [Term] {
        var out = OrderedTerms()
        for target in shape.targets {
            switch target {
            case .node(let n): out.insert(n)
            case .class_(let c):
                guard instantiatedClasses.contains(c) else { continue }
                for n in classes.instances(of: c) { out.insert(n) }
            case .subjectsOf(let p): for n in byPredicate(p).subjects.items { out.insert(n) }
            case .objectsOf(let p): for n in byPredicate(p).objects.items { out.insert(n) }
            }
        }
        return out.items
    }

    /// Subjects and objects of one predicate. The graph has no predicate index, so the first
    /// request builds one for all predicates in a single pass; later requests are lookups.
    private func byPredicate(_ p: IRI) -> (subjects: OrderedTerms, objects: OrderedTerms) {
        if predicateIndex == nil {
            var index: [IRI: (subjects: OrderedTerms, objects: OrderedTerms)] = [:]
            for t in data.triples {
                index[t.predicate, default: (OrderedTerms(), OrderedTerms())].subjects.insert(t.subject)
                index[t.predicate, default: (OrderedTerms(), OrderedTerms())].objects.insert(t.object)
            }
            predicateIndex = index
        }
        return predicateIndex?[p] ?? (OrderedTerms(), OrderedTerms())
    }

    /// Validates through sh:property: a recursive shape met again for the same node is cut off
    /// there, since following it would only repeat the same results forever.
    func validateNested(_ focus: Term, against id: ShapeID, into sink: inout ResultSink) {
        guard table[id].shape.isRecursive else { return validate(focus, against: id, into: &sink) }
        let key = Key(shape: id, node: focus)
        guard active.insert(key).inserted else { return }
        defer { active.remove(key) }
        validate(focus, against: id, into: &sink)
    }

    func validate(_ focus: Term, against id: ShapeID, into sink: inout ResultSink) {
        let box = table[id]
        guard !box.shape.deactivated else { return }
        let values: [Term]
        switch box.shape.path {
        case nil: values = [focus]
        // The graph holds no duplicate triples, so a plain predicate's objects are already distinct.
        case .predicate?:
            if let key = box.predicate, let p = data.id(of: key), let f = self.id(of: focus) { values = data.objects(f, p) } else { values = [] }
        case let path?: values = path.values(from: focus, in: data)
        }
        var evaluator = ConstraintEvaluator(run: self, box: box, focus: focus, values: values)
        for constraint in box.shape.constraints {
            evaluator.evaluate(constraint, into: &sink)
            if sink.done { return }
        }
    }

    func conforms(_ node: Term, to id: ShapeID) -> Bool {
        let key = Key(shape: id, node: node)
        if let known = conformance[key] { return known }
        if active.contains(key) { return true }
        // An answer reached while some pair is assumed to conform (recursion) may rest on that
        // assumption, so only answers computed with nothing assumed are remembered.
        let assumptionFree = active.isEmpty
        let recursive = table[id].shape.isRecursive
        if recursive { active.insert(key) }
        defer { if recursive { active.remove(key) } }
        var sink = ResultSink(firstOnly: true)
        validate(node, against: id, into: &sink)
        if assumptionFree { conformance[key] = sink.results.isEmpty }
        return sink.results.isEmpty
    }
}

/// A shape held by reference for the hot loop.
final class ShapeBox: Sendable {
    let shape: Shape
    /// A plain predicate path's IRI, hashed once for lookups in every data graph.
    let predicate: Graph.TermKey?

    init(_ shape: Shape) {
        self.shape = shape
        if case .predicate(let p)? = shape.path { predicate = Graph.TermKey(.iri(p)) } else { predicate = nil }
    }
}
