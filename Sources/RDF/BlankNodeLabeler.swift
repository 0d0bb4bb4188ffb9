/// Gives blank nodes document-scoped labels, so that nodes from different documents read into one graph
/// never merge by accident (one `prefix` per document, e.g. one per page of a harvest).
///
/// - An anonymous node (`[]`, a collection cell, an RDF/XML node without `rdf:nodeID`) gets `<prefix><N>`.
/// - A label written in the document (`_:x`) becomes `<prefix>_x`: derived, not remembered, so memory
///   stays flat however many labels a streamed document uses, and the two forms can never collide
///   (a fresh label continues with a digit, a derived one with `_`).
/// - Only a label with characters outside `[A-Za-z0-9_-]` (JSON-LD allows any string) is mapped through
///   a table to a fresh label, so every label the readers hand out is safe to write as N-Triples.
public final class BlankNodeLabeler {
    public let prefix: String
    private var next = 0
    private var exotic: [String: BlankNode] = [:]
    /// The labels of `exotic` in the order they were mapped, so `rollback` can forget the later ones.
    private var exoticOrder: [String] = []

    /// Where the labeler stands: `rollback(to:)` returns to it.
    public struct Checkpoint: Sendable {
        fileprivate let next: Int
        fileprivate let exotic: Int
    }

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
        if !label.isEmpty, label.utf8.allSatisfy(BlankNodeLabeler.isPlain) {
            return BlankNode(prefix + "_" + label)
        }
        if let b = exotic[label] { return b }
        let b = fresh()
        exotic[label] = b
        exoticOrder.append(label)
        return b
    }

    public func checkpoint() -> Checkpoint { Checkpoint(next: next, exotic: exoticOrder.count) }

    /// Forgets every label handed out since `mark`, for a reader that tried one way of reading a piece
    /// of a document, gave up before any statement left it, and reads the piece again another way: the
    /// second reading must hand out the labels the first never did.
    public func rollback(to mark: Checkpoint) {
        precondition(mark.next <= next && mark.exotic <= exoticOrder.count, "a checkpoint from a later state")
        next = mark.next
        while exoticOrder.count > mark.exotic { exotic[exoticOrder.removeLast()] = nil }
    }

    private static func isPlain(_ c: UInt8) -> Bool {
        (c | 0x20) >= 97 && (c | 0x20) <= 122 || (c >= 48 && c <= 57) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
    }
}
