import CatalogStore
import DCAT
import RDF

/// One page of the re-published catalog: the catalog node with this page's `dcat:dataset` links and the
/// collection's size, a `hydra:PartialCollectionView` naming this page and its first/previous/next/last,
/// and every dataset of the page.
///
/// Two renderings of a dataset:
/// - `normalized` (the default): the stored model written as DCAT-AP NL 3.0 by `DCATSerializer`, whatever
///   profile the source used;
/// - `harvested`: the statements exactly as harvested (the record's stored subgraph), so that a mirror of
///   the mirror computes the same canonical hashes.
struct CatalogFeed: Sendable {
    enum Rendering: String, Sendable { case normalized, harvested }

    static let profileIRI = "https://docs.geostandaarden.nl/dcat/dcat-ap-nl30/"

    /// The page's own URL and its neighbours (absent where there is none, or where keyset paging cannot
    /// know it).
    struct View: Sendable {
        var this: String
        var first: String
        var previous: String?
        var next: String?
        var last: String?
    }

    var catalogIRI: String
    var view: View
    var pageSize: Int
    var total: Int
    var rendering: Rendering

    func triples(_ records: [PublishedRecord]) -> [Triple] {
        let catalog = Term.iri(IRI(catalogIRI))
        let view = Term.iri(IRI(self.view.this))
        let hydra = NS.hydra
        var out: [Triple] = [
            Triple(catalog, RDFVocab.type, .iri(NS.dcat.Catalog)),
            Triple(catalog, RDFVocab.type, .iri(hydra.Collection)),
            Triple(catalog, NS.dct.title, .literal(Literal("Oogst catalog", language: "en"))),
            Triple(catalog, NS.dct.title, .literal(Literal("Oogst-catalogus", language: "nl"))),
            Triple(catalog, NS.dct.description, .literal(Literal("The datasets harvested by this Oogst instance, re-published as DCAT-AP NL 3.0.", language: "en"))),
            Triple(catalog, NS.dct.description, .literal(Literal("De datasets die deze Oogst-installatie heeft geoogst, opnieuw gepubliceerd als DCAT-AP NL 3.0.", language: "nl"))),
            Triple(catalog, NS.dct.conformsTo, .iri(IRI(Self.profileIRI))),
            Triple(catalog, hydra.totalItems, .literal(Literal(String(total), datatype: XSD.integer))),
            Triple(catalog, hydra.view, view),
            Triple(view, RDFVocab.type, .iri(hydra.PartialCollectionView)),
            Triple(view, hydra.first, .iri(IRI(self.view.first))),
            Triple(view, hydra.itemsPerPage, .literal(Literal(String(pageSize), datatype: XSD.integer))),
        ]
        if let last = self.view.last { out.append(Triple(view, hydra.last, .iri(IRI(last)))) }
        if let previous = self.view.previous { out.append(Triple(view, hydra.previous, .iri(IRI(previous)))) }
        if let next = self.view.next { out.append(Triple(view, hydra.next, .iri(IRI(next)))) }
        for r in records {
            out.append(Triple(catalog, NS.dcat.dataset, .iri(IRI(r.dataset.iri))))
        }
        for r in records {
            switch rendering {
            case .normalized:
                out += DCATSerializer(blankNodePrefix: "r\(r.id)n").triples(for: r.dataset)
            case .harvested:
                out += Self.harvested(r)
            }
        }
        return out
    }

    /// The stored subgraph with blank nodes made unique to the record (canonical labels repeat across
    /// records). A dataset harvested as a blank node keeps its skolem IRI, so it keeps its identity.
    static func harvested(_ r: PublishedRecord) -> [Triple] {
        let triples = r.dataset.subgraph.triples
        var root: Term?
        if r.dataset.isSkolemized {
            // The dataset node is the blank subject typed as a dataset, else the first subject.
            let typed = triples.first { $0.subject.isBlank && $0.predicate == RDFVocab.type
                && ($0.object == .iri(NS.dcat.Dataset) || $0.object == .iri(NS.dcat.DatasetSeries)) }
            root = typed?.subject ?? triples.first?.subject
        }
        func map(_ t: Term) -> Term {
            guard case .blank(let b) = t else { return t }
            if t == root { return .iri(IRI(r.dataset.iri)) }
            return .blank(BlankNode("r\(r.id)" + b.id))
        }
        return triples.map { Triple(map($0.subject), $0.predicate, map($0.object)) }
    }

    /// The longest run of `records` (at least one) in which no record names an IRI node whose statements
    /// another record of the page carries. Each record's subgraph took such nodes in because only it
    /// referred to them; a page where two records refer to one would hand the node to neither, and the
    /// harvester downstream would hash different statements.
    static func harvestedPage(_ records: [PublishedRecord]) -> [PublishedRecord] {
        var owned = Set<String>(), referenced = Set<String>()
        var out: [PublishedRecord] = []
        for r in records {
            var own = Set<String>(), refs = Set<String>()
            for t in r.dataset.subgraph.triples {
                if case .iri(let s) = t.subject, s.value != r.dataset.iri { own.insert(s.value) }
                if case .iri(let o) = t.object { refs.insert(o.value) }
            }
            if !out.isEmpty && (!own.isDisjoint(with: referenced) || !refs.isDisjoint(with: owned)) { break }
            owned.formUnion(own)
            referenced.formUnion(refs)
            out.append(r)
        }
        return out
    }
}
