import RDF

/// The paging controls found in one page. Codable so a run can keep them beside the page's validators:
/// when the page answers 304 next time, its remembered links tell the walker where to go on.
public struct HydraLinks: Sendable, Hashable, Codable {
    public enum Design: String, Sendable, Hashable, Codable {
        /// Hydra's older design (ckanext-dcat): `hydra:PagedCollection` with `hydra:nextPage`, often as
        /// plain string literals.
        case pagedCollection
        /// The current design (udata, NDE): a `hydra:PartialCollectionView` with `hydra:next`, linked
        /// from the collection by `hydra:view`.
        case partialCollectionView
    }

    /// Nil when the page carries no paging controls at all (a single dump).
    public var design: Design?
    /// The next page, absolute (relative references resolved against the page URL).
    public var next: String?
    public var first: String?
    public var last: String?
    /// `hydra:totalItems`: the number of items the whole collection claims to hold.
    public var totalItems: Int?

    public init(design: Design? = nil, next: String? = nil, first: String? = nil, last: String? = nil, totalItems: Int? = nil) {
        self.design = design
        self.next = next
        self.first = first
        self.last = last
        self.totalItems = totalItems
    }
}

/// Reads Hydra paging controls out of a parsed page.
public enum HydraPaging {
    /// Hydra's namespace as published, plus the spellings found in the wild (https, and without `core`).
    static let namespaces = ["http://www.w3.org/ns/hydra/core#", "https://www.w3.org/ns/hydra/core#",
                             "http://www.w3.org/ns/hydra#"]

    private static func terms(_ local: String) -> [IRI] { namespaces.map { IRI($0 + local) } }

    /// The paging controls of `graph`, the page fetched from `pageURL` (after redirects; pass the URL as
    /// requested too when it differs, since feeds name their view by either).
    ///
    /// Only indexed lookups: typed views and paged collections, `hydra:view` of collections and catalogs,
    /// and the page's own IRI. When several nodes carry controls, the one named by the page URL wins (the
    /// view of this page); otherwise the first with a next link. A link given as a literal is used as
    /// written when absolute and resolved against the page URL when relative.
    public static func links(in graph: Graph, pageURL: String, requestedURL: String? = nil) -> HydraLinks {
        let base = BaseIRI(pageURL)
        let ownNames: [Term] = [pageURL, requestedURL].compactMap { $0 }.map { .iri(IRI($0)) }
        var candidates: [(Term, HydraLinks.Design)] = []
        var seen = Set<Term>()
        func add(_ t: Term, _ d: HydraLinks.Design) {
            if !t.isLiteral && seen.insert(t).inserted { candidates.append((t, d)) }
        }
        for cls in terms("PartialCollectionView") { for s in graph.subjects(RDFVocab.type, .iri(cls)) { add(s, .partialCollectionView) } }
        for cls in terms("PagedCollection") { for s in graph.subjects(RDFVocab.type, .iri(cls)) { add(s, .pagedCollection) } }
        let collections = self.collections(in: graph)
        for c in collections {
            for p in terms("view") { for v in graph.objects(c, p) { add(v, .partialCollectionView) } }
        }
        // An untyped page that names itself.
        for own in ownNames {
            if terms("next").contains(where: { graph.object(own, $0) != nil }) { add(own, .partialCollectionView) }
            if terms("nextPage").contains(where: { graph.object(own, $0) != nil }) { add(own, .pagedCollection) }
        }

        var out = HydraLinks()
        for node in collections + candidates.map(\.0) {
            if let n = integer(graph, node, "totalItems") { out.totalItems = n; break }
        }
        guard !candidates.isEmpty else { return out }
        let chosen = candidates.first { ownNames.contains($0.0) }
            ?? candidates.first { node, _ in hasNext(graph, node) }
            ?? candidates[0]
        let (node, design) = chosen
        out.design = design
        let nextNames = design == .pagedCollection ? ["nextPage", "next"] : ["next", "nextPage"]
        out.next = link(graph, node, nextNames, base)
        out.first = link(graph, node, ["first", "firstPage"], base)
        out.last = link(graph, node, ["last", "lastPage"], base)
        if let own = integer(graph, node, "totalItems") { out.totalItems = own }
        return out
    }

    /// Nodes that may hold `hydra:view` and `hydra:totalItems`: Hydra collections and DCAT catalogs.
    private static func collections(in graph: Graph) -> [Term] {
        var out: [Term] = []
        var seen = Set<Term>()
        let classes = terms("Collection") + [NS.dcat["Catalog"], IRI("https://www.w3.org/ns/dcat#Catalog")]
        for cls in classes {
            for s in graph.subjects(RDFVocab.type, .iri(cls)) where seen.insert(s).inserted { out.append(s) }
        }
        return out
    }

    private static func hasNext(_ graph: Graph, _ node: Term) -> Bool {
        (terms("next") + terms("nextPage")).contains { graph.object(node, $0) != nil }
    }

    private static func link(_ graph: Graph, _ node: Term, _ locals: [String], _ base: BaseIRI) -> String? {
        for local in locals {
            for p in terms(local) {
                guard let o = graph.object(node, p) else { continue }
                switch o {
                case .iri(let i): return i.value
                case .literal(let l):
                    let t = l.lexical.trimmingCharacters(in: [" ", "\t", "\n", "\r"])
                    guard !t.isEmpty else { continue }
                    return BaseIRI.hasScheme(t) ? t : base.resolve(t)
                case .blank: continue
                }
            }
        }
        return nil
    }

    private static func integer(_ graph: Graph, _ node: Term, _ local: String) -> Int? {
        for p in terms(local) { if let o = graph.object(node, p), let n = integerValue(o) { return n } }
        return nil
    }

    private static func integerValue(_ term: Term) -> Int? {
        guard case .literal(let l) = term else { return nil }
        let t = l.lexical.trimmingCharacters(in: [" ", "\t", "\n", "\r"])
        if let n = Int(t), n >= 0 { return n }
        // `4.0` from a JSON number that went through a double.
        if let d = Double(t), d >= 0, d == d.rounded(), d < 1e15 { return Int(d) }
        return nil
    }
}

private extension String {
    func trimmingCharacters(in set: [Character]) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
