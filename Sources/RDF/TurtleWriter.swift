/// Writes a graph as readable Turtle: one block per subject (`s p o ; p o , o .`), `a` for rdf:type,
/// prefixed names wherever the local part allows, blank nodes that are referenced exactly once nested in
/// place as `[ ... ]`, well-formed RDF lists as `( ... )`, and number/boolean shorthands when the lexical
/// form reads back unchanged. Only prefixes that are actually used get an `@prefix` line.
///
/// The output reads back with `TurtleReader` into an isomorphic graph.
public struct TurtleWriter: Sendable {
    /// The namespaces of `NS.all` with their customary names.
    public static let defaultPrefixes: [(String, IRI)] = NS.all.map { ($0.prefix, IRI($0.iri)) }

    public var prefixes: [(String, IRI)]
    /// When set, `@base` is written and IRIs below it are written relative to it.
    public var base: String?

    public init(prefixes: [(String, IRI)] = TurtleWriter.defaultPrefixes, base: String? = nil) {
        self.prefixes = prefixes
        self.base = base
    }

    /// Writes `graph`; the prefixes the graph's source document declared are used too (they win over a
    /// default of the same name).
    public func write(_ graph: Graph, to output: ByteOutput) throws {
        // The writer's prefixes in their order (a document's binding of the same name wins), then the
        // document's other prefixes by name.
        var declared: [TurtleTermSyntax.Prefix] = []
        var names = Set<String>()
        for (name, ns) in prefixes where names.insert(name).inserted {
            let own = graph.prefixes[name]
            declared.append(.init(name: name, namespace: (own ?? ns).value, fromDocument: own != nil))
        }
        for (name, ns) in graph.prefixes.sorted(by: { $0.key < $1.key }) where names.insert(name).inserted {
            declared.append(.init(name: name, namespace: ns.value, fromDocument: true))
        }
        var serializer = TurtleGraphSerializer(graph: graph, syntax: TurtleTermSyntax(prefixes: declared, base: base),
                                               output: output)
        try serializer.run()
    }

    public func write(_ triples: [Triple], to output: ByteOutput) throws {
        try write(Graph(triples), to: output)
    }

    /// The Turtle text of `graph`.
    public func string(_ graph: Graph) throws -> String {
        let out = MemoryByteOutput()
        try write(graph, to: out)
        return out.string
    }
}

public struct TurtleWriterError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// One run of the writer over one graph.
struct TurtleGraphSerializer {
    let graph: Graph
    var syntax: TurtleTermSyntax
    let output: ByteOutput
    var out: [UInt8] = []
    var written = Set<Term>()
    var labels: [Term: String] = [:]
    let indentStep = 4

    init(graph: Graph, syntax: TurtleTermSyntax, output: ByteOutput) {
        self.graph = graph
        self.syntax = syntax
        self.output = output
        out.reserveCapacity(1 << 16)
    }

    mutating func run() throws {
        // Pass 1 decides which prefixes are used by spelling every IRI once (into a throwaway buffer), so
        // the header can list exactly those before the body is streamed out.
        // rdf:first/rdf:rest of a potential list cell are not probed: lists are written as ( ... ), and
        // should one turn out not to be a list, the frozen syntax writes the IRIs in full.
        var probe: [UInt8] = []
        for t in graph.triples {
            probe.removeAll(keepingCapacity: true)
            if case .iri(let s) = t.subject { try syntax.appendIRI(s.value, to: &probe) }
            let maybeListCell = (t.predicate == RDFVocab.first || t.predicate == RDFVocab.rest)
                && t.subject.isBlank && graph.inDegree(t.subject) == 1
            if t.predicate != RDFVocab.type && !maybeListCell { try syntax.appendVocabularyIRI(t.predicate.value, to: &probe) }
            switch t.object {
            case .iri(let o) where o != RDFVocab.nil_: try syntax.appendIRI(o.value, to: &probe)
            case .literal(let l): try syntax.appendLiteral(l, to: &probe)
            default: break
            }
        }
        syntax.frozen = true
        if let base = syntax.base {
            out.append(contentsOf: "@base ".utf8)
            NTriplesWriter.appendIRI(base.value, to: &out)
            out.append(contentsOf: " .\n".utf8)
        }
        for (i, p) in syntax.prefixes.enumerated() where syntax.used.contains(i) {
            guard TurtleTermSyntax.isWritableIRI(p.namespace) else {
                throw TurtleWriterError(message: "prefix '\(p.name):' has an invalid namespace IRI <\(p.namespace)>")
            }
            out.append(contentsOf: "@prefix \(p.name): ".utf8)
            NTriplesWriter.appendIRI(p.namespace, to: &out)
            out.append(contentsOf: " .\n".utf8)
        }
        if !out.isEmpty { out.append(0x0A) }

        // Pass 2: subjects in first-seen order. A blank node referenced once is written where it is
        // referenced; blank nodes left over after that sit on cycles and get a label.
        for s in graph.subjects where !written.contains(s) {
            if s.isBlank && graph.inDegree(s) == 1 { continue }
            try writeStatement(s)
        }
        for s in graph.subjects where !written.contains(s) {
            try writeStatement(s, forceLabel: true)
        }
        try flush(force: true)
    }

    private mutating func flush(force: Bool = false) throws {
        if force || out.count >= 1 << 16 {
            try out.withUnsafeBytes { try output.write($0) }
            out.removeAll(keepingCapacity: true)
            if force { try output.flush() }
        }
    }

    private mutating func writeStatement(_ s: Term, forceLabel: Bool = false) throws {
        written.insert(s)
        if case .literal = s { throw TurtleWriterError(message: "a literal subject cannot be written in Turtle: \(s)") }
        if s.isBlank && !forceLabel && graph.inDegree(s) == 0 {
            out.append(contentsOf: "[\n".utf8)
            indent(indentStep)
            try writeBody(s, indent: indentStep)
            out.append(contentsOf: "\n] .\n\n".utf8)
        } else {
            try writeTerm(s)
            out.append(0x20)
            try writeBody(s, indent: indentStep)
            out.append(contentsOf: " .\n\n".utf8)
        }
        try flush()
    }

    private mutating func indent(_ n: Int) {
        out.append(contentsOf: repeatElement(0x20, count: n))
    }

    /// `p o , o ; p o` for one subject, rdf:type first, predicates in first-seen order.
    private mutating func writeBody(_ s: Term, indent level: Int) throws {
        var order: [IRI] = []
        var objects: [IRI: [Term]] = [:]
        for t in graph.triples(about: s) {
            if objects[t.predicate] == nil { order.append(t.predicate) }
            objects[t.predicate, default: []].append(t.object)
        }
        if let typeIndex = order.firstIndex(of: RDFVocab.type), typeIndex > 0 {
            order.remove(at: typeIndex)
            order.insert(RDFVocab.type, at: 0)
        }
        for (pi, p) in order.enumerated() {
            if pi > 0 {
                out.append(contentsOf: " ;\n".utf8)
                indent(level)
            }
            if p == RDFVocab.type { out.append(UInt8(ascii: "a")) } else { try syntax.appendVocabularyIRI(p.value, to: &out) }
            out.append(0x20)
            let list = objects[p] ?? []
            // A few short objects share the predicate's line; many, or nested ones, get a line each.
            let lineEach = list.count > 3 || (list.count > 1 && list.contains { willNest($0) })
            for (oi, o) in list.enumerated() {
                if oi > 0 {
                    if lineEach {
                        out.append(contentsOf: ",\n".utf8)
                        indent(level + indentStep)
                    } else {
                        out.append(contentsOf: ", ".utf8)
                    }
                }
                try writeObject(o, indent: lineEach ? level + indentStep : level)
            }
        }
    }

    private func willNest(_ o: Term) -> Bool {
        o.isBlank && graph.inDegree(o) == 1 && !written.contains(o)
    }

    private mutating func writeObject(_ o: Term, indent level: Int) throws {
        guard willNest(o) else {
            if o == .iri(RDFVocab.nil_) { out.append(contentsOf: "()".utf8); return }
            return try writeTerm(o)
        }
        if let items = listItems(o) {
            out.append(UInt8(ascii: "("))
            for item in items {
                out.append(0x20)
                try writeObject(item, indent: level)
            }
            out.append(contentsOf: " )".utf8)
            return
        }
        written.insert(o)
        if graph.triples(about: o).isEmpty {
            out.append(contentsOf: "[]".utf8)
            return
        }
        out.append(contentsOf: "[\n".utf8)
        indent(level + indentStep)
        try writeBody(o, indent: level + indentStep)
        out.append(0x0A)
        indent(level)
        out.append(UInt8(ascii: "]"))
    }

    /// The items of the well-formed list starting at `head` (each cell a blank node with exactly one
    /// rdf:first and one rdf:rest and nothing else, referenced only by its predecessor, ending in
    /// rdf:nil); marks the cells written. Nil when it is not such a list.
    private mutating func listItems(_ head: Term) -> [Term]? {
        var items: [Term] = []
        var cells: [Term] = []
        var seen = Set<Term>()
        var cell = head
        while cell != .iri(RDFVocab.nil_) {
            guard cell.isBlank, graph.inDegree(cell) == 1, !written.contains(cell), seen.insert(cell).inserted else {
                return nil
            }
            let props = graph.triples(about: cell)
            guard props.count == 2 else { return nil }
            var first: Term?, rest: Term?
            for t in props {
                if t.predicate == RDFVocab.first { first = t.object } else if t.predicate == RDFVocab.rest { rest = t.object }
            }
            guard let f = first, let r = rest else { return nil }
            items.append(f)
            cells.append(cell)
            cell = r
        }
        for c in cells { written.insert(c) }
        return items
    }

    private mutating func writeTerm(_ t: Term) throws {
        switch t {
        case .iri(let i): try syntax.appendIRI(i.value, to: &out)
        case .literal(let l): try syntax.appendLiteral(l, to: &out)
        case .blank:
            let label: String
            if let l = labels[t] { label = l } else {
                label = "b" + String(labels.count)
                labels[t] = label
            }
            out.append(contentsOf: "_:".utf8)
            out.append(contentsOf: label.utf8)
        }
    }
}
