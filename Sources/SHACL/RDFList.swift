import RDF

extension Graph {
    /// The members of the RDF list starting at `head`, or nil when it is not a well-formed list
    /// (a node without exactly one rdf:first and one rdf:rest, or a cycle).
    func listMembers(_ head: Term) -> [Term]? {
        var members: [Term] = []
        var node = head
        var seen: Set<Term> = []
        while node != .iri(RDFVocab.nil_) {
            guard seen.insert(node).inserted else { return nil }
            let first = objects(node, RDFVocab.first), rest = objects(node, RDFVocab.rest)
            guard first.count == 1, rest.count == 1 else { return nil }
            members.append(first[0])
            node = rest[0]
        }
        return members
    }
}
