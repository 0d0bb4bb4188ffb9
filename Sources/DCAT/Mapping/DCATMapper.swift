import Dispatch
import Foundation
import RDF

/// What one graph (one page of a feed) holds, normalised to DCAT-AP NL 3.0.
public struct DCATMappingResult: Sendable, Hashable {
    public var catalogs: [Catalog] = []
    /// Datasets and dataset series, sorted by IRI.
    public var datasets: [Dataset] = []
    /// Datasets `DCATMapper.isUnchanged` recognised by IRI and canonical hash: only their IRIs, sorted;
    /// no model was built for them.
    public var unchanged: [String] = []
    public var dataServices: [DataService] = []

    public init() {}

    /// Datasets found in the graph: mapped and recognised alike.
    public var datasetCount: Int { datasets.count + unchanged.count }

    /// The dataset with this IRI (binary search: `datasets` is sorted by IRI).
    public func dataset(_ iri: String) -> Dataset? {
        var lo = 0, hi = datasets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if datasets[mid].iri < iri { lo = mid + 1 } else { hi = mid }
        }
        return lo < datasets.count && datasets[lo].iri == iri ? datasets[lo] : nil
    }
}

/// Graph -> model. Finds every dataset (typed `dcat:Dataset` or a subclass, the legacy `donl:Dataset`, or only
/// linked by `dcat:dataset` from a catalog), every data service and catalog, and maps each with its own
/// subgraph and canonical hash. Never fails: dirt becomes notes on the record.
///
/// Work per dataset is proportional to its own statements (indexed lookups only), so mapping 100k datasets
/// costs far less than parsing them.
public struct DCATMapper: Sendable {
    /// The source id, part of every skolem IRI given to a blank-node dataset.
    public var sourceID: String
    /// Map large pages on every core (the result is the same either way).
    public var parallel: Bool
    /// Asked with each dataset's IRI and canonical hash (hex) once its subgraph is known; true means the
    /// caller already holds that dataset as it is, so its model is not built and it is listed in
    /// `unchanged` instead of `datasets` (a harvest re-reading a page that did not change).
    public var isUnchanged: (@Sendable (_ iri: String, _ hashHex: String) -> Bool)?

    public init(sourceID: String = "", parallel: Bool = true,
                isUnchanged: (@Sendable (_ iri: String, _ hashHex: String) -> Bool)? = nil) {
        self.sourceID = sourceID
        self.parallel = parallel
        self.isUnchanged = isUnchanged
    }

    public func map(_ graph: Graph) -> DCATMappingResult {
        let session = MappingSession(graph: graph, sourceID: sourceID)
        session.parallel = parallel
        session.isUnchanged = isUnchanged
        return session.run()
    }
}

final class MappingSession {
    let graph: Graph
    let sourceID: String
    /// Ids of common predicates, and the nodes mapped as records of their own (a subgraph never crosses
    /// into one).
    var index: GraphIndex
    var caches = IDCaches()
    /// Keys of the predicates node views group by; per session, so workers share nothing mutable.
    let predicateKeys = PredicateKeys()
    /// Mapped values of IRIs many records share, per session like every other cache.
    let sharedValues = SharedValues()
    /// Ids of the IRIs node views have met, found again by their string's address.
    var iriAddresses = IRIAddresses()
    private var predicateCache = IDCache<CanonicalPredicate>(slots: 1 << 10)
    var recordIRIs: [Term: String] = [:]
    var blankIdentifierIsUnique: [Term: Bool] = [:]
    /// `dct:conformsTo` of each catalog, read once.
    var catalogClaims: [Term: [String]] = [:]
    var parallel = true
    var isUnchanged: (@Sendable (String, String) -> Bool)?
    /// Datasets `isUnchanged` recognised (this session's, then every worker's after `mapDatasets`).
    var unchangedIRIs: [String] = []
    private var licenceCache: [String: Licences.Info?] = [:]
    private var signalCache: [String: ProfileDetector.Signals] = [:]

    init(graph: Graph, sourceID: String) {
        self.graph = graph
        self.sourceID = sourceID
        self.index = GraphIndex(graph)
    }

    func licenceInfo(_ iri: String) -> Licences.Info? {
        if let c = licenceCache[iri] { return c }
        let info = Licences.info(iri: iri)
        licenceCache[iri] = info
        return info
    }

    /// Profile signals of a predicate or class IRI, worked out once per distinct IRI.
    func signals(of iri: String) -> ProfileDetector.Signals {
        if let s = signalCache[iri] { return s }
        let s = ProfileDetector.check(iri)
        signalCache[iri] = s
        return s
    }

    /// The canonical IRI of a predicate or class id (aliases resolved), and whether it was an alias.
    func canonical(_ id: TermID) -> (String, Bool) {
        if let c = caches.canonical[id] { return c }
        let c = graph.term(id).iri.map { Aliases.canonical($0.value) } ?? ("", false)
        caches.canonical[id] = c
        return c
    }

    /// The canonical IRI of a predicate id, whether it was an alias, and its key in `predicateKeys`.
    func canonicalPredicate(_ id: TermID) -> CanonicalPredicate {
        if let c = predicateCache[id] { return c }
        let (iri, isAlias) = canonical(id)
        let c = CanonicalPredicate(iri: iri, isAlias: isAlias, key: predicateKeys.key(iri))
        predicateCache[id] = c
        return c
    }

    /// Profile signals of a predicate or class id.
    func signals(of id: TermID) -> ProfileDetector.Signals {
        if let s = caches.signals[id] { return s }
        let s = graph.term(id).iri.map { signals(of: $0.value) } ?? []
        caches.signals[id] = s
        return s
    }

    /// `ProfileDetector.objectSignals` of an IRI object; remembered for IRIs used more than once.
    func objectSignals(_ id: TermID) -> (any: ProfileDetector.Signals, asTheme: ProfileDetector.Signals) {
        if let s = caches.objectSignals[id] { return s }
        guard case .iri(let iri) = graph.term(id) else { return ([], []) }
        let s = ProfileDetector.objectSignals(iri.value)
        if graph.inDegree(id) > 1 { caches.objectSignals[id] = s }
        return s
    }

    // MARK: discovery

    /// Nodes typed with any of `classes` (not literals), each once, in class then statement order. By id:
    /// a catalog of 100k datasets hashed each dataset's `Term` (its IRI's bytes) once per set or
    /// dictionary it went through, on one core before the mapping could start.
    func typed(_ classes: [String]) -> [TermID] {
        guard let type = index.type else { return [] }
        var out: [TermID] = []
        var seen = Set<TermID>()
        for cls in classes {
            guard let c = graph.id(of: .iri(IRI(cls))) else { continue }
            for s in graph.subjectIDs(type, c) where !graph.isLiteral(s) && seen.insert(s).inserted { out.append(s) }
        }
        return out
    }

    /// (subject, object) pairs of `predicates` from each of `subjects`, literals left out, in order.
    func objects(_ subjects: [TermID], _ predicates: [String]) -> [(TermID, TermID)] {
        let ids = predicates.compactMap { graph.id(of: .iri(IRI($0))) }
        var out: [(TermID, TermID)] = []
        for s in subjects {
            for p in ids { for o in graph.objectIDs(s, p) where !graph.isLiteral(o) { out.append((s, o)) } }
        }
        return out
    }

    func run() -> DCATMappingResult {
        let https = DCATNS.dcatHTTPS
        var datasetClasses = [C.dataset, C.series, DCATNS.donl + "Dataset", https + "Dataset", https + "DatasetSeries"]
        // Subclasses of dcat:Dataset declared in the feed itself.
        for sub in graph.subjects(NS.rdfs.subClassOf, .iri(IRI(C.dataset))) { if let i = sub.iri { datasetClasses.append(i.value) } }

        let catalogIDs = typed([C.catalog, https + "Catalog"])
        var datasetIDs = typed(datasetClasses).filter { !catalogIDs.contains($0) }
        var seen = Set(datasetIDs)
        var catalogOf: [TermID: TermID] = [:]
        var danglingLinks: [TermID: [Term]] = [:]
        for (cat, ds) in objects(catalogIDs, [P.dataset, https + "dataset"]) {
            if catalogOf[ds] == nil { catalogOf[ds] = cat }
            guard !seen.contains(ds) else { continue }
            // A link to a node the page says nothing about (a broken link in the feed) is no dataset.
            if graph.outDegree(ds) == 0 { danglingLinks[cat, default: []].append(graph.term(ds)); continue }
            seen.insert(ds)
            datasetIDs.append(ds)
        }
        var serviceIDs = typed([C.dataService, https + "DataService"])
        var seenServices = Set(serviceIDs)
        var serviceCatalog: [TermID: TermID] = [:]
        for (cat, svc) in objects(catalogIDs, [P.service, https + "service"]) {
            if serviceCatalog[svc] == nil { serviceCatalog[svc] = cat }
            if seenServices.insert(svc).inserted && !seen.contains(svc) { serviceIDs.append(svc) }
        }
        serviceIDs = serviceIDs.filter { !seen.contains($0) }

        // Services are mapped on their own but stay inside a dataset's subgraph when only it refers to them.
        for id in catalogIDs + datasetIDs + typed([C.record, https + "CatalogRecord"]) { index.markRoot(id) }

        let catalogTerms = catalogIDs.map(graph.term)
        let datasetTerms = datasetIDs.map(graph.term)
        let serviceTerms = serviceIDs.map(graph.term)
        for term in catalogTerms {
            recordIRIs[term] = catalogIRI(term)
            catalogClaims[term] = graph.objects(term, IRI(P.conformsTo)).compactMap { $0.iri?.value }
        }
        blankIdentifierIsUnique = uniqueIdentifiers(of: datasetTerms.filter(\.isBlank) + serviceTerms.filter(\.isBlank))
        var result = DCATMappingResult()
        // Datasets first: catalogs refer to them by (possibly skolem) IRI. Each dataset's catalog is the
        // first that links it; a dataset no catalog links has none.
        let datasetCatalogs = datasetIDs.map { catalogOf[$0].map(graph.term) }
        var datasets = mapDatasets(datasetTerms) { i, session, dataset in
            session.mapDataset(datasetTerms[i], catalog: datasetCatalogs[i], into: &dataset)
        }
        var services: [DataService] = []
        for (id, term) in zip(serviceIDs, serviceTerms) {
            services.append(mapService(term, catalog: serviceCatalog[id].map(graph.term)))
        }
        for (id, term) in zip(catalogIDs, catalogTerms) {
            result.catalogs.append(mapCatalog(term, dangling: danglingLinks[id] ?? []))
        }
        // The IRIs sorted, then the datasets moved into place: sorting the datasets themselves compared
        // through the large structs (~60 ms for 20k, on one core while the other waited).
        let iris = datasets.map(\.iri)
        datasets.permute(to: iris.ascendingOrder())
        if !unchangedIRIs.isEmpty {
            // Recognised datasets came back as their IRI and subgraph alone; they leave the result.
            let unchanged = Set(unchangedIRIs)
            datasets.removeAll { unchanged.contains($0.iri) }
            result.unchanged = unchangedIRIs.sorted()
        }
        result.datasets = datasets
        result.dataServices = services.sorted { $0.iri < $1.iri }
        result.catalogs.sort { $0.iri < $1.iri }
        return result
    }

    // MARK: subgraphs

    /// Collects the record's own statements: everything reachable through blank nodes, and through IRI nodes
    /// that only this record refers to. Stops at other records.
    func collect(_ root: TermID) -> [IDStatement] {
        var all: [IDStatement] = []
        all.reserveCapacity(graph.outDegree(root) * 2)
        // A record has a handful of nodes: a list beat hashing each id into a `Set`.
        var inside = SmallSet<TermID>(limit: 32)
        inside.insert(root)
        var queue: [TermID] = [root]
        while let node = queue.popLast() {
            for e in graph.outgoing(node) {
                all.append(IDStatement(s: node, p: e.p, o: e.o))
                let o = e.o
                if graph.isLiteral(o) { continue }
                if graph.isBlank(o) {
                    if !index.isRoot(o) && inside.insert(o).inserted { queue.append(o) }
                    continue
                }
                // Shared IRIs (themes, licences) are rejected by their in-degree alone.
                guard graph.inDegree(o) <= 16, !inside.contains(o), !index.isRoot(o), graph.outDegree(o) > 0 else { continue }
                if graph.incoming(o).allSatisfy({ inside.contains($0.s) }) {
                    inside.insert(o)
                    queue.append(o)
                }
            }
        }
        return all
    }

    /// A stable IRI for a blank-node record: from the source and its `dct:identifier` when that identifier
    /// is unique among the page's blank-node records, else also from its canonical subgraph hash.
    func skolem(for term: Term, identifier: String?, subgraph: Subgraph) -> String {
        var h = StableHasher()
        h.combine(sourceID)
        var key = "id:" + (identifier ?? "")
        if identifier == nil || blankIdentifierIsUnique[term] != true { key += "|hash:" + subgraph.hashHex }
        var k = StableHasher()
        k.combine(key)
        return "urn:oogst:genid:" + Subgraph.hex(h.value) + ":" + Subgraph.hex(k.value)
    }

    /// For each blank-node record: whether its (smallest) identifier is shared by no other blank record.
    func uniqueIdentifiers(of terms: [Term]) -> [Term: Bool] {
        var idOf: [Term: String] = [:]
        var count: [String: Int] = [:]
        for t in terms {
            guard let id = graph.objects(t, IRI(P.identifier)).compactMap({ $0.literal?.lexical }).min() else { continue }
            idOf[t] = id
            count[id, default: 0] += 1
        }
        return idOf.mapValues { count[$0] == 1 }
    }

    /// Maps records on every core, `map(i, session, &dataset)` filling the dataset of `terms[i]` where it
    /// lies in the result (an empty dataset until then): each worker has its own session (caches are per
    /// worker), the graph is shared read-only. Results come back in input order; record IRIs are merged
    /// for the catalogs.
    ///
    /// The records go in chunks, four a worker, each taken by whichever worker is free (one slowed by other
    /// work takes fewer); a worker keeps its session, and so its warm caches (predicate keys, shared
    /// licences and themes), from chunk to chunk. With a fresh session a chunk, a 1,000-record page cost
    /// 470.6M instructions in callgrind; with one a worker 457.2M; on one core, one session, 454.4M.
    func mapDatasets(_ terms: [Term], _ map: @escaping @Sendable (Int, MappingSession, inout Dataset) -> Void) -> [Dataset] {
        let workers = parallel ? min(ProcessInfo.processInfo.activeProcessorCount, max(1, terms.count / 256)) : 1
        if workers <= 1 {
            var out: [Dataset] = []
            out.reserveCapacity(terms.count)
            for i in terms.indices {
                out.append(Dataset(iri: ""))
                map(i, self, &out[i])
            }
            return out
        }
        let chunks = workers * 4
        let sessions = ResultSlots<MappingSession>(count: workers)
        for worker in 0..<workers { sessions.set(worker, fork()) }
        let nextChunk = ChunkCounter(count: chunks)
        let allTerms = terms
        // Each worker initialises its chunks' ranges of the result in place: assembling per-chunk arrays
        // would copy every dataset (dozens of strings and arrays each) once more.
        let out = [Dataset](unsafeUninitializedCapacity: terms.count) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                guard let session = sessions.get(worker) else { return }
                while let chunk = nextChunk.take() {
                    let lower = allTerms.count * chunk / chunks, upper = allTerms.count * (chunk + 1) / chunks
                    for i in lower..<upper {
                        (base + i).initialize(to: Dataset(iri: ""))
                        map(i, session, &(base + i).pointee)
                    }
                }
            }
            initialized = allTerms.count
        }
        for worker in 0..<workers { unchangedIRIs += sessions.get(worker)?.unchangedIRIs ?? [] }
        for i in terms.indices where terms[i].isBlank { recordIRIs[terms[i]] = out[i].iri }
        return out
    }

    /// A session for another worker: same graph and shared decisions, its own caches.
    func fork() -> MappingSession {
        let s = MappingSession(graph: graph, sourceID: sourceID)
        s.isUnchanged = isUnchanged
        s.index = index
        s.recordIRIs = recordIRIs
        s.blankIdentifierIsUnique = blankIdentifierIsUnique
        s.catalogClaims = catalogClaims
        return s
    }

    /// The catalog's IRI, or a skolem IRI from the source and the catalog's identifier or title.
    func catalogIRI(_ term: Term) -> String {
        if let iri = term.iri?.value { return iri }
        var h = StableHasher()
        h.combine(sourceID)
        var k = StableHasher()
        let id = graph.objects(term, IRI(P.identifier)).compactMap { $0.literal?.lexical }.min()
            ?? graph.objects(term, IRI(P.title)).compactMap { $0.literal?.lexical }.min() ?? ""
        k.combine("catalog:" + id)
        return "urn:oogst:genid:" + Subgraph.hex(h.value) + ":" + Subgraph.hex(k.value)
    }

    func claims(record: CatalogRecord?, catalog: Term?) -> [String] {
        var out = record?.conformsTo ?? []
        // Looked up once per catalog: a catalog node can hold 100k statements, so reading it per dataset
        // would make mapping quadratic.
        if let catalog { out += catalogClaims[catalog] ?? [] }
        return out
    }

    func catalogRecord(for term: Term, id: TermID?, ctx: RecordContext) -> CatalogRecord? {
        guard let id else { return nil }
        var candidates: [TermID] = []
        if let p = index.primaryTopic { candidates = graph.subjectIDs(p, id).filter { !graph.isLiteral($0) } }
        if let p = index.isPrimaryTopicOf { candidates += graph.objectIDs(id, p).filter { !graph.isLiteral($0) } }
        guard let first = candidates.first else { return nil }
        let r = graph.term(first)
        let v = ctx.view(r)
        var rec = CatalogRecord(iri: r.iri?.value)
        rec.primaryTopic = recordIRIs[term] ?? term.iri?.value
        rec.title = ctx.text(v.values(P.title), P.title)
        rec.description = ctx.text(v.values(P.description), P.description)
        rec.issued = ctx.date(v.values(P.issued), P.issued)
        rec.modified = ctx.date(v.values(P.modified), P.modified)
        rec.languages = ctx.languages(v.values(P.language), P.language)
        rec.conformsTo = ctx.iris(v.values(P.conformsTo), P.conformsTo)
        switch v.first(P.admsStatus) {
        case .iri(let i)?: rec.status = i.value
        case .literal(let l)?: rec.status = l.lexical
        default: break
        }
        rec.source = v.first(P.source)?.iri?.value
        return rec
    }
}

/// Hands out chunk numbers 0 ..< count, each once, to whichever worker asks.
final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    init(count: Int) { self.count = count }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// One slot per worker; each worker writes only its own slot, and the slots are read after all workers end.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { slots[i] = value }
    func get(_ i: Int) -> T? { slots[i] }
}
