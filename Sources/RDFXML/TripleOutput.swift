import RDF

/// Where the grammar hands its triples: straight to the caller's sink, from inside the libxml2
/// callbacks. The grammar is not generic (C callbacks cannot be), so this class is its one door to
/// the generic sink. A sink error cannot cross the C frames either: it is kept in `error`, the
/// grammar stops the parser, and the reader rethrows it once `xmlParseChunk` returns.
class TripleOutput {
    final var error: Error?

    func add(_ subject: Term, _ predicate: IRI, _ object: Term) {}
    func prefix(_ name: String, _ namespace: IRI) {}
}

/// Writes to a sink the reader borrowed for the duration of one parse (`withUnsafeMutablePointer`),
/// so the sink is mutated in place and never copied.
final class SinkOutput<S: TripleSink>: TripleOutput {
    private let sink: UnsafeMutablePointer<S>

    init(_ sink: UnsafeMutablePointer<S>) {
        self.sink = sink
    }

    override func add(_ subject: Term, _ predicate: IRI, _ object: Term) {
        guard error == nil else { return }
        do {
            try sink.pointee.add(subject, predicate, object)
        } catch {
            self.error = error
        }
    }

    override func prefix(_ name: String, _ namespace: IRI) {
        sink.pointee.prefix(name, namespace)
    }
}
