/// Gives blank nodes document-scoped labels. Every reader relabels: a label written in the document
/// (`_:x`) and an anonymous node (`[]`, a collection cell, an RDF/XML node without `rdf:nodeID`) both get
/// a fresh `b<N>` label, so generated and written labels never collide, and `prefix` keeps documents
/// apart when several are read into one graph (one prefix per page of a harvest).
public final class BlankNodeLabeler {
    public let prefix: String
    private var next = 0
    private var byLabel: [String: BlankNode] = [:]

    public init(prefix: String = "b") {
        self.prefix = prefix
    }

    /// A node that exists nowhere else.
    public func fresh() -> BlankNode {
        defer { next += 1 }
        return BlankNode(prefix + String(next))
    }

    /// The node for a label written in the document: the same label gives the same node.
    public func node(for label: String) -> BlankNode {
        if let b = byLabel[label] { return b }
        let b = fresh()
        byLabel[label] = b
        return b
    }
}
