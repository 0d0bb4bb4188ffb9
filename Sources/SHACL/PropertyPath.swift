import RDF

/// A SHACL property path (SHACL §2.3.1).
public indirect enum PropertyPath: Hashable, Sendable, CustomStringConvertible {
    case predicate(IRI)
    case inverse(PropertyPath)
    case sequence([PropertyPath])
    case alternative([PropertyPath])
    case zeroOrMore(PropertyPath)
    case oneOrMore(PropertyPath)
    case zeroOrOne(PropertyPath)

    /// The IRI when the path is a single predicate: what sh:closed counts as "allowed".
    public var predicateIRI: IRI? { if case .predicate(let p) = self { return p }; return nil }

    public var description: String {
        switch self {
        case .predicate(let p): return p.description
        case .inverse(let p): return "^\(p)"
        case .sequence(let ps): return "(" + ps.map(\.description).joined(separator: " / ") + ")"
        case .alternative(let ps): return "(" + ps.map(\.description).joined(separator: " | ") + ")"
        case .zeroOrMore(let p): return "\(p)*"
        case .oneOrMore(let p): return "\(p)+"
        case .zeroOrOne(let p): return "\(p)?"
        }
    }

    /// Reads the path whose node is `node` in `graph`. A node with an rdf:first is a sequence, even
    /// when it carries other path predicates too (the suite's path-strange tests rely on that order).
    public static func parse(_ node: Term, in graph: Graph) throws -> PropertyPath {
        var visiting: Set<Term> = []
        return try parse(node, graph, &visiting)
    }

    private static func parse(_ node: Term, _ graph: Graph, _ visiting: inout Set<Term>) throws -> PropertyPath {
        if case .iri(let iri) = node { return .predicate(iri) }
        guard node.isBlank else { throw ShapesError(node: node, message: "a literal is not a property path") }
        guard visiting.insert(node).inserted else { throw ShapesError(node: node, message: "the property path refers to itself") }
        defer { visiting.remove(node) }
        if graph.object(node, RDFVocab.first) != nil {
            guard let members = graph.listMembers(node), members.count >= 2 else {
                throw ShapesError(node: node, message: "a sequence path must be a well-formed list of at least two paths")
            }
            return .sequence(try members.map { try parse($0, graph, &visiting) })
        }
        if let inner = graph.object(node, SH.inversePath) { return .inverse(try parse(inner, graph, &visiting)) }
        if let list = graph.object(node, SH.alternativePath) {
            guard let members = graph.listMembers(list), members.count >= 2 else {
                throw ShapesError(node: node, message: "sh:alternativePath needs a well-formed list of at least two paths")
            }
            return .alternative(try members.map { try parse($0, graph, &visiting) })
        }
        if let inner = graph.object(node, SH.zeroOrMorePath) { return .zeroOrMore(try parse(inner, graph, &visiting)) }
        if let inner = graph.object(node, SH.oneOrMorePath) { return .oneOrMore(try parse(inner, graph, &visiting)) }
        if let inner = graph.object(node, SH.zeroOrOnePath) { return .zeroOrOne(try parse(inner, graph, &visiting)) }
        throw ShapesError(node: node, message: "blank node is not a property path (no rdf:first, sh:inversePath, sh:alternativePath, sh:zeroOrMorePath, sh:oneOrMorePath or sh:zeroOrOnePath)")
    }

    /// The value nodes reached from `focus`, distinct, in discovery order. Each step uses the graph's
    /// subject or object index, so the cost is proportional to the nodes actually reached.
    public func values(from focus: Term, in graph: Graph) -> [Term] {
        var out = OrderedTerms()
        collect(from: focus, in: graph, into: &out)
        return out.items
    }

    private func collect(from focus: Term, in graph: Graph, into out: inout OrderedTerms) {
        switch self {
        case .predicate(let p):
            for o in graph.objects(focus, p) { out.insert(o) }
        case .inverse(let inner):
            if case .predicate(let p) = inner {
                for s in graph.subjects(p, focus) { out.insert(s) }
            } else {
                for s in inner.inverseValues(from: focus, in: graph) { out.insert(s) }
            }
        case .sequence(let steps):
            var frontier = [focus]
            for step in steps {
                var next = OrderedTerms()
                for node in frontier { step.collect(from: node, in: graph, into: &next) }
                frontier = next.items
                if frontier.isEmpty { break }
            }
            for t in frontier { out.insert(t) }
        case .alternative(let options):
            for option in options { option.collect(from: focus, in: graph, into: &out) }
        case .zeroOrOne(let inner):
            out.insert(focus)
            inner.collect(from: focus, in: graph, into: &out)
        case .zeroOrMore(let inner):
            out.insert(focus)
            closure(of: inner, from: focus, in: graph, into: &out)
        case .oneOrMore(let inner):
            closure(of: inner, from: focus, in: graph, into: &out)
        }
    }

    /// Breadth-first transitive closure of `step`, starting with the nodes one step from `start`.
    private func closure(of step: PropertyPath, from start: Term, in graph: Graph, into out: inout OrderedTerms) {
        var reached = OrderedTerms()
        var queue = step.values(from: start, in: graph)
        var index = 0
        while index < queue.count {
            let node = queue[index]
            index += 1
            guard reached.insert(node) else { continue }
            queue.append(contentsOf: step.values(from: node, in: graph))
        }
        for t in reached.items { out.insert(t) }
    }

    /// Nodes `x` with `focus` among the values of this path from `x`.
    private func inverseValues(from focus: Term, in graph: Graph) -> [Term] {
        switch self {
        case .predicate(let p): return graph.subjects(p, focus)
        case .inverse(let inner): return inner.values(from: focus, in: graph)
        case .sequence(let steps): return PropertyPath.sequence(steps.reversed().map { .inverse($0) }).values(from: focus, in: graph)
        case .alternative(let options): return PropertyPath.alternative(options.map { .inverse($0) }).values(from: focus, in: graph)
        case .zeroOrMore(let inner): return PropertyPath.zeroOrMore(.inverse(inner)).values(from: focus, in: graph)
        case .oneOrMore(let inner): return PropertyPath.oneOrMore(.inverse(inner)).values(from: focus, in: graph)
        case .zeroOrOne(let inner): return PropertyPath.zeroOrOne(.inverse(inner)).values(from: focus, in: graph)
        }
    }

    /// Writes the path as fresh RDF nodes (never shared between results, as the report format wants).
    func write(into triples: inout [Triple], fresh: () -> Term) -> Term {
        switch self {
        case .predicate(let p): return .iri(p)
        case .inverse(let inner): return wrap(SH.inversePath, inner, &triples, fresh)
        case .zeroOrMore(let inner): return wrap(SH.zeroOrMorePath, inner, &triples, fresh)
        case .oneOrMore(let inner): return wrap(SH.oneOrMorePath, inner, &triples, fresh)
        case .zeroOrOne(let inner): return wrap(SH.zeroOrOnePath, inner, &triples, fresh)
        case .sequence(let steps): return PropertyPath.writeList(steps, &triples, fresh)
        case .alternative(let options):
            let node = fresh()
            triples.append(Triple(node, SH.alternativePath, PropertyPath.writeList(options, &triples, fresh)))
            return node
        }
    }

    private func wrap(_ predicate: IRI, _ inner: PropertyPath, _ triples: inout [Triple], _ fresh: () -> Term) -> Term {
        let node = fresh()
        triples.append(Triple(node, predicate, inner.write(into: &triples, fresh: fresh)))
        return node
    }

    private static func writeList(_ items: [PropertyPath], _ triples: inout [Triple], _ fresh: () -> Term) -> Term {
        var next: Term = .iri(RDFVocab.nil_)
        for item in items.reversed() {
            let cell = fresh()
            triples.append(Triple(cell, RDFVocab.first, item.write(into: &triples, fresh: fresh)))
            triples.append(Triple(cell, RDFVocab.rest, next))
            next = cell
        }
        return next
    }
}

/// Distinct terms in first-seen order; set membership keeps 100k values linear.
struct OrderedTerms {
    private(set) var items: [Term] = []
    private var seen: Set<Term> = []

    @discardableResult
    mutating func insert(_ t: Term) -> Bool {
        guard seen.insert(t).inserted else { return false }
        items.append(t)
        return true
    }
}
