import CatalogStore
import Hummingbird

/// `/catalog` and `/catalog.ttl|.rdf|.jsonld|.nt`: the local catalog re-published as DCAT-AP NL 3.0, one
/// Hydra page at a time, for other harvesters.
///
/// The normalized rendering pages by number (`page`, `pageSize`). The harvested rendering (`as=harvested`)
/// pages by key (`after` = the last record number of the previous page): a page ends early where two
/// records would share a node (see `CatalogFeed.harvestedPage`), so page boundaries follow the content.
struct CatalogHandlers: Sendable {
    let store: CatalogStore
    let settings: ServerSettings
    let counts: RecordCountCache

    /// `fileExtension` nil: the format comes from `Accept` (Turtle when anything goes).
    func page(_ request: Request, fileExtension: String?) async throws -> Response {
        let query = QueryString(request.uri.query)
        try SearchParameters.checkKnown(query, ["page", "pageSize", "as", "after"])
        let format: RDFOutput
        if let ext = fileExtension, let f = RDFOutput(fileExtension: ext) {
            format = f
            // An explicit extension is the client's choice; Accept can still refuse it.
            _ = try AcceptHeader(request.headers[.accept]).require([f.mediaType])
        } else {
            let chosen = try AcceptHeader(request.headers[.accept]).require(RDFOutput.mediaTypes)
            format = RDFOutput(mediaType: chosen) ?? .turtle
        }
        let paging = try Paging(query, defaultSize: settings.catalogPageSize, maxSize: 1000)
        let asName = query["as"] ?? "normalized"
        guard let rendering = CatalogFeed.Rendering(rawValue: asName) else {
            throw Problem.badParameter("as", "takes normalized or harvested, got '\(asName)'")
        }
        var after: Int64?
        if let a = query["after"] {
            guard rendering == .harvested else { throw Problem.badParameter("after", "only with as=harvested (keyset paging); use page") }
            guard let n = Int64(a), n >= 0 else { throw Problem.badParameter("after", "must be a record number, got '\(a)'") }
            after = n
        }
        if rendering == .harvested && query["page"] != nil {
            throw Problem.badParameter("page", "as=harvested pages by key: follow hydra:next (after=…)")
        }
        let base = BaseURL.of(request, settings: settings)
        let path = fileExtension.map { "/catalog.\($0)" } ?? "/catalog"
        // Links keep the caller's page size and rendering, in a fixed order.
        var kept: [(String, String)] = []
        if query["pageSize"] != nil { kept.append(("pageSize", "\(paging.pageSize)")) }
        if query["as"] != nil { kept.append(("as", rendering.rawValue)) }
        func url(_ extra: [(String, String)]) -> String {
            let pairs = extra + kept
            return base + path + (pairs.isEmpty ? "" : "?" + QueryString.build(pairs))
        }
        let store = self.store
        let counts = self.counts
        let total = try await StoreWork.run { try counts.count() }
        let records: [PublishedRecord]
        let view: CatalogFeed.View
        switch rendering {
        case .normalized:
            records = try await StoreWork.run { try store.liveRecords(offset: paging.offset, limit: paging.pageSize) }
            let last = paging.lastPage(total: total)
            let given = query["page"] != nil
            view = CatalogFeed.View(this: url(given ? [("page", "\(paging.page)")] : []), first: url([("page", "1")]),
                                    previous: paging.page > 1 ? url([("page", "\(min(paging.page - 1, last))")]) : nil,
                                    next: paging.page < last ? url([("page", "\(paging.page + 1)")]) : nil,
                                    last: url([("page", "\(last)")]))
        case .harvested:
            let start = after ?? 0
            let candidates = try await StoreWork.run { try store.liveRecords(after: start, limit: paging.pageSize + 1) }
            records = CatalogFeed.harvestedPage(Array(candidates.prefix(paging.pageSize)))
            let more = candidates.count > records.count
            view = CatalogFeed.View(this: url(after.map { [("after", "\($0)")] } ?? []), first: url([]), previous: nil,
                                    next: more ? records.last.map { url([("after", "\($0.id)")]) } : nil, last: nil)
        }
        let feed = CatalogFeed(catalogIRI: base + "/catalog", view: view, pageSize: paging.pageSize, total: total,
                               rendering: rendering)
        let bytes = try await StoreWork.run { try format.write(feed.triples(records)) }
        return Reply.bytes(bytes, contentType: format.contentType)
    }
}
