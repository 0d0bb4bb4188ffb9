/// Where readers push what they parse. A reader is a function from bytes to calls on a sink, so the same
/// sink can build a `Graph`, count, or write N-Triples without the reader knowing which.
///
/// Readers call `add(_:graph:)` only for statements in a named graph (JSON-LD, N-Quads); a sink that does
/// not care about graphs gets them merged into its default graph by the default implementation.
public protocol TripleSink {
    mutating func add(_ triple: Triple) throws
    /// `add(Triple(subject, predicate, object))` for a reader that keeps the parts (a Turtle subject is
    /// the subject of every statement of its predicate list): a sink that reads them where they lie needs
    /// no copies of them, where building the `Triple` retained each part's strings.
    mutating func add(_ subject: Term, _ predicate: IRI, _ object: Term) throws
    mutating func add(_ triple: Triple, graph: Term) throws
    /// Called when a reader meets a `@prefix`/`PREFIX` or an `xmlns:` declaration, so writers can keep
    /// the document's own prefixes. Most sinks ignore it.
    mutating func prefix(_ name: String, _ namespace: IRI)
}

extension TripleSink {
    public mutating func add(_ subject: Term, _ predicate: IRI, _ object: Term) throws {
        try add(Triple(subject, predicate, object))
    }
    public mutating func add(_ triple: Triple, graph: Term) throws { try add(triple) }
    public mutating func prefix(_ name: String, _ namespace: IRI) {}
    public mutating func add(_ quad: Quad) throws {
        if let g = quad.graph { try add(quad.triple, graph: g) } else { try add(quad.triple) }
    }
}

/// Counts statements; the benchmark's sink.
public struct CountingSink: TripleSink {
    public var count = 0
    public init() {}
    public mutating func add(_ triple: Triple) { count += 1 }
}

/// Collects quads in order (default-graph statements have a nil graph). Handy for tests and for small
/// documents; large inputs belong in a `Graph` or a streaming writer.
public struct QuadCollector: TripleSink {
    public private(set) var quads: [Quad] = []
    public private(set) var prefixes: [(String, IRI)] = []
    public init() {}
    public mutating func add(_ triple: Triple) { quads.append(Quad(triple)) }
    public mutating func add(_ triple: Triple, graph: Term) { quads.append(Quad(triple, graph: graph)) }
    public mutating func prefix(_ name: String, _ namespace: IRI) { prefixes.append((name, namespace)) }
    public var triples: [Triple] { quads.map(\.triple) }
}
