import CatalogStore
import DCAT
import Foundation
import Hummingbird
import Quality
import RDF

/// The REST API under `/api/v1`.
struct APIHandlers: Sendable {
    let store: CatalogStore
    let settings: ServerSettings
    let counts: RecordCountCache
    let searches: SearchCache
    let replies: ReplyCache

    static let jsonTypes = ["application/json", "application/hal+json"]

    /// JSON, or HAL+JSON when that is what the client asked for by name.
    func jsonType(_ request: Request) throws -> String {
        try AcceptHeader(request.headers[.accept]).require(Self.jsonTypes)
    }

    func base(_ request: Request) -> String { BaseURL.of(request, settings: settings) }

    // MARK: datasets

    func datasets(_ request: Request) async throws -> Response {
        let query = QueryString(request.uri.query)
        try SearchParameters.checkKnown(query, SearchParameters.names)
        let type = try jsonType(request)
        let paging = try Paging(query)
        var search = try SearchParameters.request(query)
        search.limit = paging.pageSize
        search.offset = paging.offset
        let searches = self.searches
        let base = self.base(request)
        let stored = try await replies.reply("\(type) \(base)\(request.uri)") { [search] in
            let result = try searches.search(search)
            let links = paging.links(base: base, path: Routes.api + "/datasets", query: query, total: result.total)
            let hits = result.hits.map { DatasetPage.Hit(hit: $0, links: ["self": Link(href: base + Routes.api + "/datasets/\($0.id)")]) }
            let page = DatasetPage(total: result.total, page: paging.page, pageSize: paging.pageSize, hits: hits,
                                   facets: result.facets, links: links)
            return ReplyCache.Stored(body: try Reply.jsonEncoder.encode(page), headers: [.link: Paging.linkHeader(links)])
        }
        return Reply.bytes(stored.body, contentType: type, headers: stored.headers)
    }

    /// The record with this number, or the first record holding this IRI (percent-encoded in the path).
    static func record(_ store: CatalogStore, _ rawID: String) async throws -> StoredRecord {
        let id = QueryString.decode(Substring(rawID.replacingOccurrences(of: "+", with: "%2B")))
        let found = try await StoreWork.run { try store.records(matching: id) }
        guard let first = found.first(where: { $0.withdrawnAt == nil }) ?? found.first else {
            throw Problem.notFound("no dataset '\(id)' in the catalog")
        }
        return first
    }

    func dataset(_ request: Request, id: String) async throws -> Response {
        try SearchParameters.checkKnown(QueryString(request.uri.query), [])
        let type = try AcceptHeader(request.headers[.accept]).require(Self.jsonTypes + RDFOutput.mediaTypes)
        let record = try await Self.record(store, id)
        if let rdf = RDFOutput(mediaType: type) {
            let triples = DCATSerializer(blankNodePrefix: "d").triples(for: record.dataset)
            return Reply.bytes(try rdf.write(triples), contentType: rdf.contentType)
        }
        let base = self.base(request)
        var links = ["self": Link(href: base + Routes.api + "/datasets/\(record.id)"),
                     "html": Link(href: base + "/datasets/\(record.id)")]
        let store = self.store
        if let publisher = try await StoreWork.run({ try store.publisherID(ofRecord: record.id) }) {
            links["publisher"] = Link(href: base + Routes.api + "/publishers/\(publisher)")
        }
        return try Reply.json(DatasetDetail(record: record, links: links), contentType: type)
    }

    // MARK: publishers

    func publishers(_ request: Request) async throws -> Response {
        let query = QueryString(request.uri.query)
        try SearchParameters.checkKnown(query, ["page", "pageSize"])
        let type = try jsonType(request)
        let paging = try Paging(query, defaultSize: 50, maxSize: 500)
        let store = self.store
        let (total, list) = try await StoreWork.run { try store.publishers(offset: paging.offset, limit: paging.pageSize) }
        let base = self.base(request)
        let links = paging.links(base: base, path: Routes.api + "/publishers", query: query, total: total)
        let entries = list.map { p in
            PublisherEntry(summary: p, links: ["self": Link(href: base + Routes.api + "/publishers/\(p.id)"),
                                                "scores": Link(href: base + Routes.api + "/publishers/\(p.id)/scores")])
        }
        return try Reply.json(PublisherPage(total: total, page: paging.page, pageSize: paging.pageSize,
                                            publishers: entries, links: links),
                              contentType: type, headers: [.link: Paging.linkHeader(links)])
    }

    static func publisherID(_ raw: String) throws -> Int64 {
        guard let id = Int64(raw), id > 0 else { throw Problem.notFound("no publisher '\(raw)': publishers are numbered (see /api/v1/publishers)") }
        return id
    }

    func publisher(_ request: Request, id raw: String) async throws -> Response {
        try SearchParameters.checkKnown(QueryString(request.uri.query), [])
        let type = try jsonType(request)
        let id = try Self.publisherID(raw)
        let store = self.store
        let found = try await StoreWork.run { () -> (PublisherSummary, [Quality.Dimension: Double], QualityAggregate?)? in
            guard let s = try store.publisher(id: id) else { return nil }
            return (s, try store.publisherDimensions(id: id), try store.publisherAggregate(id: id))
        }
        guard let (summary, dims, aggregate) = found else { throw Problem.notFound("no publisher \(id) in the catalog") }
        let base = self.base(request)
        let links = ["self": Link(href: base + Routes.api + "/publishers/\(id)"),
                     "scores": Link(href: base + Routes.api + "/publishers/\(id)/scores"),
                     "datasets": Link(href: base + Routes.api + "/datasets?publisher=" + QueryString.encode(summary.key)),
                     "html": Link(href: base + "/publishers/\(id)")]
        let detail = PublisherDetail(summary: summary,
                                     dimensions: Dictionary(uniqueKeysWithValues: dims.map { ($0.key.rawValue, $0.value) }),
                                     fixes: Array((aggregate?.fixes ?? []).prefix(10)), links: links)
        return try Reply.json(detail, contentType: type)
    }

    func publisherScores(_ request: Request, id raw: String) async throws -> Response {
        try SearchParameters.checkKnown(QueryString(request.uri.query), [])
        let type = try jsonType(request)
        let id = try Self.publisherID(raw)
        let store = self.store
        let found = try await StoreWork.run { () -> (PublisherSummary, [PublisherRunScore])? in
            guard let s = try store.publisher(id: id) else { return nil }
            return (s, try store.publisherHistory(id: id))
        }
        guard let (summary, history) = found else { throw Problem.notFound("no publisher \(id) in the catalog") }
        let base = self.base(request)
        return try Reply.json(PublisherScores(publisher: summary, history: history,
                                              links: ["self": Link(href: base + Routes.api + "/publishers/\(id)/scores"),
                                                      "publisher": Link(href: base + Routes.api + "/publishers/\(id)")]),
                              contentType: type)
    }

    // MARK: scores

    func scores(_ request: Request) async throws -> Response {
        let query = QueryString(request.uri.query)
        try SearchParameters.checkKnown(query, ["by", "source", "page", "pageSize"])
        let byName = query["by"] ?? "dataset"
        guard let grouping = ScoreGrouping(rawValue: byName) else {
            throw Problem.badParameter("by", "takes dataset, publisher or source, got '\(byName)'")
        }
        let source = query["source"]
        let type = try AcceptHeader(request.headers[.accept]).require(Self.jsonTypes + ["text/csv", "text/turtle"])
        let store = self.store
        switch type {
        case "text/csv":
            try SearchParameters.checkKnown(query, ["by", "source"])
            return Reply.streamed(contentType: "text/csv; charset=utf-8; header=present",
                                  headers: [.contentDisposition: "inline; filename=\"scores-by-\(grouping.rawValue).csv\""]) { emit in
                if grouping == .dataset {
                    try emit(ScoreCSV.line(ScoreCSV.datasetHeader))
                    try store.forEachScore(source: source) { try emit(ScoreCSV.line(ScoreCSV.datasetRow($0))) }
                } else {
                    try emit(ScoreCSV.line(ScoreCSV.groupHeader))
                    for a in try store.aggregates(by: grouping, source: source) { try emit(ScoreCSV.line(ScoreCSV.groupRow(a))) }
                }
            }
        case "text/turtle":
            guard grouping == .dataset else {
                throw Problem.badParameter("by", "DQV (text/turtle) is per dataset; leave out by or use by=dataset")
            }
            try SearchParameters.checkKnown(query, ["by", "source"])
            let bytes = try await StoreWork.run { () -> [UInt8] in
                var writer = DQVWriter()
                var triples: [Triple] = []
                try store.forEachScore(source: source) { triples += writer.triples(for: $0.quality) }
                return try RDFOutput.turtle.write(triples, prefixes: DQVWriter.prefixes)
            }
            return Reply.bytes(bytes, contentType: RDFOutput.turtle.contentType)
        default:
            let paging = try Paging(query, defaultSize: 50, maxSize: 500)
            let base = self.base(request)
            var page: ScorePage
            if grouping == .dataset {
                guard source == nil else {
                    throw Problem.badParameter("source", "JSON per dataset is paged over the whole catalog; filter by source with Accept: text/csv or /api/v1/datasets?source=")
                }
                let counts = self.counts
                let (total, list) = try await StoreWork.run {
                    (try counts.count(), try store.scores(offset: paging.offset, limit: paging.pageSize))
                }
                page = ScorePage(total: total, page: paging.page, pageSize: paging.pageSize,
                                 datasets: list.map(ScoreEntry.init), groups: nil, links: [:])
            } else {
                let groups = try await StoreWork.run { try store.aggregates(by: grouping, source: source) }
                let slice = Array(groups.dropFirst(min(groups.count, paging.offset)).prefix(paging.pageSize))
                page = ScorePage(total: groups.count, page: paging.page, pageSize: paging.pageSize,
                                 datasets: nil, groups: slice, links: [:])
            }
            page.links = paging.links(base: base, path: Routes.api + "/scores", query: query, total: page.total)
            return try Reply.json(page, contentType: type, headers: [.link: Paging.linkHeader(page.links)])
        }
    }

    // MARK: sources, runs, health

    func sources(_ request: Request) async throws -> Response {
        try SearchParameters.checkKnown(QueryString(request.uri.query), [])
        let type = try jsonType(request)
        let store = self.store
        let entries = try await StoreWork.run {
            try store.sources().map { s in
                SourceEntry(source: s, datasets: try store.recordCount(source: s.id),
                            lastRun: try store.runs(source: s.id, limit: 1).first)
            }
        }
        return try Reply.json(["sources": entries], contentType: type)
    }

    func runs(_ request: Request) async throws -> Response {
        let query = QueryString(request.uri.query)
        try SearchParameters.checkKnown(query, ["source", "page", "pageSize"])
        let type = try jsonType(request)
        let paging = try Paging(query, defaultSize: 20, maxSize: 200)
        let source = query["source"]
        let store = self.store
        let (total, runs) = try await StoreWork.run { () -> (Int, [RunReport]) in
            if let source, !(try store.sources().contains { $0.id == source }) {
                throw Problem.badParameter("source", "no source '\(source)' in the catalog")
            }
            let total = try store.runCount(source: source)
            let upTo = try store.runs(source: source, limit: paging.offset + paging.pageSize)
            return (total, Array(upTo.dropFirst(paging.offset)))
        }
        let links = paging.links(base: base(request), path: Routes.api + "/runs", query: query, total: total)
        return try Reply.json(RunPage(total: total, page: paging.page, pageSize: paging.pageSize, runs: runs, links: links),
                              contentType: type, headers: [.link: Paging.linkHeader(links)])
    }

    func health(_ request: Request) async throws -> Response {
        let store = self.store, counts = self.counts
        // The schema read proves the database answers; the record count may be up to ten seconds old.
        let (schema, records) = try await StoreWork.run { (try store.schemaVersions().last ?? "", try counts.count()) }
        return try Reply.json(HealthBody(status: "ok", records: records, schema: schema, version: ServerSettings.apiVersion),
                              contentType: "application/json")
    }

    struct HealthBody: Encodable { var status: String; var records: Int; var schema: String; var version: String }

    /// `/api/v1`: where everything is.
    func index(_ request: Request) async throws -> Response {
        let type = try jsonType(request)
        let base = self.base(request) + Routes.api
        let links = ["self": Link(href: base), "datasets": Link(href: base + "/datasets"),
                     "publishers": Link(href: base + "/publishers"), "scores": Link(href: base + "/scores"),
                     "sources": Link(href: base + "/sources"), "runs": Link(href: base + "/runs"),
                     "openapi": Link(href: base + "/openapi.json")]
        return try Reply.json(["_links": links], contentType: type)
    }

    func openAPI(_ request: Request) async throws -> Response {
        let type = try AcceptHeader(request.headers[.accept]).require(["application/json", "application/vnd.oai.openapi+json"])
        return Reply.text(OpenAPIDocument.json(serverURL: base(request) + Routes.api), contentType: type)
    }
}
