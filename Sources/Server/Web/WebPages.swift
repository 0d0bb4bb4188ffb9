import CatalogStore
import DCAT
import Foundation
import Hummingbird
import Mustache
import Quality

/// The server-rendered pages: search with facets, a dataset with what to fix first, the publishers and a
/// publisher's dashboard. Plain HTML and inline SVG; no script.
struct WebPages: Sendable {
    let store: CatalogStore
    let searches: SearchCache
    let settings: ServerSettings
    let library: MustacheLibrary

    static let htmlType = "text/html; charset=utf-8"

    func render(_ template: String, _ data: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        let html = library.render(data, withTemplate: template) ?? "<!DOCTYPE html><title>Oogst</title><p>template \(template) missing</p>"
        return Reply.text(html, contentType: Self.htmlType, status: status, headers: [.contentLanguage: (data["lang"] as? String) ?? "nl"])
    }

    /// The data every page has: language, labels and the link to the same page in the other language.
    func common(_ request: Request, _ query: QueryString) -> (Labels, [String: Any]) {
        let lang = Labels.language(request, query)
        let labels = Labels(lang: lang)
        let other = lang == "nl" ? "en" : "nl"
        let kept = query.pairs.filter { $0.name != "lang" }.map { ($0.name, $0.value) } + [("lang", other)]
        return (labels, ["lang": lang, "t": labels.all, "langSwitch": request.uri.path + "?" + QueryString.build(kept)])
    }

    func errorPage(_ problem: Problem, _ request: Request) -> Response {
        let query = QueryString(request.uri.query)
        var (labels, data) = common(request, query)
        data["heading"] = problem.status == .notFound ? labels["notFound"] : labels["error"]
        data["status"] = "\(problem.status.code) \(problem.status.reasonPhrase)"
        data["detail"] = problem.detail
        return render("error", data, status: problem.status)
    }

    // MARK: search

    func search(_ request: Request) async throws -> Response {
        let query = QueryString(request.uri.query)
        var (labels, data) = common(request, query)
        var status = HTTPResponse.Status.ok
        var search = SearchRequest()
        var paging = Paging(pageSize: 20)
        do {
            paging = try Paging(query, defaultSize: 20, maxSize: 100)
            search = try SearchParameters.request(query)
        } catch let p as Problem {
            status = .badRequest
            data["problem"] = p.detail
        }
        search.limit = paging.pageSize
        search.offset = paging.offset
        let searches = self.searches
        let result: SearchResult
        do {
            result = try await StoreWork.run { [search] in try searches.search(search) }
        } catch let e as UnknownFacetValue {
            // Show the page without the filter that names nothing, and say so.
            status = .badRequest
            data["problem"] = e.description
            var relaxed = search
            relaxed.filters[e.facet] = nil
            result = try await StoreWork.run { [relaxed] in try searches.search(relaxed) }
        }
        data["q"] = search.text
        data["total"] = result.total
        data["resultsWord"] = result.total == 1 ? labels["result"] : labels["results"]
        data["firstRank"] = paging.offset + 1
        data["sorts"] = SearchSort.allCases.map { ["value": $0.rawValue, "label": labels["sort." + $0.rawValue], "selected": $0 == search.sort] }
        data["hits"] = result.hits.map { h -> [String: Any] in
            ["id": h.id, "title": h.title.isEmpty ? h.iri : h.title, "publisher": h.publisher.isEmpty ? labels["noPublisher"] : h.publisher,
             "score": h.score, "rating": h.rating, "ratingLabel": labels.rating(h.rating), "source": h.source, "lang": labels.lang]
        }
        // Active filters: hidden in the form (kept on a new search) and listed with a link that drops each.
        var active: [[String: Any]] = []
        for facet in Facet.allCases {
            for v in query.all(facet.rawValue) {
                let label = facet == .rating ? labels.rating(v.lowercased())
                    : result.facets[facet.rawValue]?.first { $0.value.caseInsensitiveCompare(v) == .orderedSame }?.label ?? v
                active.append(["name": facet.rawValue, "value": v, "label": label, "facetLabel": labels.facet(facet.rawValue),
                               "removeHref": href(query, removing: (facet.rawValue, v))])
            }
        }
        data["filters"] = active
        data["hasActiveFilters"] = !active.isEmpty
        data["facets"] = Facet.allCases.compactMap { facet -> [String: Any]? in
            guard let counts = result.facets[facet.rawValue], !counts.isEmpty else { return nil }
            let chosen = Set(query.all(facet.rawValue).map { $0.lowercased() })
            return ["name": facet.rawValue, "label": labels.facet(facet.rawValue),
                    "values": counts.prefix(10).map { c -> [String: Any] in
                        let selected = chosen.contains(c.value.lowercased())
                        let label = facet == .rating ? labels.rating(c.value) : c.label
                        return ["label": label, "count": c.count, "selected": selected,
                                "href": selected ? href(query, removing: (facet.rawValue, c.value)) : href(query, adding: (facet.rawValue, c.value))]
                    }]
        }
        let last = paging.lastPage(total: result.total)
        data["page"] = paging.page
        data["lastPage"] = last
        if paging.page > 1 { data["prevHref"] = href(query, page: min(paging.page - 1, last)) }
        if paging.page < last { data["nextHref"] = href(query, page: paging.page + 1) }
        return render("search", data, status: status)
    }

    /// `/?…` with one filter added (back to page 1).
    func href(_ query: QueryString, adding pair: (String, String)) -> String {
        "/?" + QueryString.build(query.pairs.filter { $0.name != "page" && !$0.value.isEmpty }.map { ($0.name, $0.value) } + [pair])
    }

    func href(_ query: QueryString, removing pair: (String, String)) -> String {
        "/?" + QueryString.build(query.pairs.filter {
            $0.name != "page" && !$0.value.isEmpty && !($0.name == pair.0 && $0.value.caseInsensitiveCompare(pair.1) == .orderedSame)
        }.map { ($0.name, $0.value) })
    }

    func href(_ query: QueryString, page: Int) -> String {
        "/?" + QueryString.build(query.pairs.filter { $0.name != "page" && !$0.value.isEmpty }.map { ($0.name, $0.value) } + [("page", "\(page)")])
    }

    // MARK: dataset

    func dataset(_ request: Request, id raw: String) async throws -> Response {
        // `/datasets/12.ttl` (and .rdf, .jsonld, .nt): the DCAT description, for links a browser can follow.
        if let dot = raw.lastIndex(of: "."), let format = RDFOutput(fileExtension: String(raw[raw.index(after: dot)...])) {
            let record = try await APIHandlers.record(store, String(raw[..<dot]))
            let triples = DCATSerializer(blankNodePrefix: "d").triples(for: record.dataset)
            return Reply.bytes(try format.write(triples), contentType: format.contentType)
        }
        let query = QueryString(request.uri.query)
        var (labels, data) = common(request, query)
        let record = try await APIHandlers.record(store, raw)
        let store = self.store
        let publisherID = try await StoreWork.run { try store.publisherID(ofRecord: record.id) }
        let q = record.quality
        let d = record.dataset
        data["id"] = record.id
        data["title"] = q.title.isEmpty ? record.iri : q.title
        data["iri"] = record.iri
        data["publisher"] = q.publisher.isEmpty ? labels["noPublisher"] : q.publisher
        if let publisherID { data["publisherHref"] = "/publishers/\(publisherID)?lang=\(labels.lang)" }
        data["source"] = record.source
        data["score"] = q.score.total
        data["max"] = q.score.max
        data["rating"] = q.score.rating.rawValue
        data["ratingLabel"] = labels.rating(q.score.rating)
        data["modified"] = d.modified?.value
        let summary = DatasetSummary(d)
        data["description"] = summary.description
        if !summary.keywords.isEmpty { data["keywords"] = summary.keywords.joined(separator: ", ") }
        if !summary.themes.isEmpty { data["themes"] = summary.themes.joined(separator: ", ") }
        data["fixes"] = DatasetDetail.fixFirst(q).map { f -> [String: Any] in
            ["points": f.pointsLost, "path": f.path, "message": f.message, "remedy": f.remedy]
        }
        let other = q.findings.filter { $0.pointsLost == 0 || DatasetDetail.isUnchecked($0, q) }
        data["other"] = other.map { f -> [String: Any] in
            ["severity": DatasetDetail.isUnchecked(f, q) ? labels["unchecked"] : f.severity.rawValue, "path": f.path,
             "message": f.message, "remedy": f.remedy]
        }
        data["hasOther"] = !other.isEmpty
        data["dimensionChart"] = Charts.bars(id: "dims", title: labels["pointsPerDimension"], bars: Quality.Dimension.allCases.map { dim in
            let max = IndicatorCatalogue.maxPoints(of: dim)
            return Charts.Bar(label: labels.dimension(dim), value: Double(q.score[dim]), max: Double(max),
                              valueText: "\(q.score[dim]) / \(max)", color: "#1f4e8c")
        })
        data["distributions"] = summary.distributions.map { s -> [String: Any] in
            ["format": s.format ?? s.mediaType ?? "", "access": s.accessURLs, "download": s.downloadURLs, "license": s.license ?? ""]
        }
        data["hasDistributions"] = !summary.distributions.isEmpty
        data["history"] = record.history.map { p -> [String: Any] in
            var h: [String: Any] = ["recorded": p.recordedAt, "total": p.total, "ratingLabel": labels.rating(p.rating)]
            if let run = p.run { h["run"] = run }
            return h
        }
        data["hasHistory"] = !record.history.isEmpty
        data["formats"] = RDFOutput.allCases.map { f -> [String: Any] in
            let names: [RDFOutput: String] = [.turtle: "Turtle", .rdfXML: "RDF/XML", .jsonLD: "JSON-LD", .nTriples: "N-Triples"]
            return ["id": record.id, "ext": f.fileExtension, "mediaType": f.mediaType, "name": names[f] ?? f.mediaType]
        }
        return render("dataset", data)
    }

    // MARK: publishers

    func publishers(_ request: Request) async throws -> Response {
        let query = QueryString(request.uri.query)
        var (labels, data) = common(request, query)
        let paging = try Paging(query, defaultSize: 50, maxSize: 500)
        let store = self.store
        let (total, list) = try await StoreWork.run { try store.publishers(offset: paging.offset, limit: paging.pageSize) }
        data["bandHeaders"] = Rating.allCases.map { labels.rating($0) }
        data["publishers"] = list.map { p -> [String: Any] in
            ["id": p.id, "name": p.name, "datasets": p.datasets, "mean": Charts.format(p.meanScore),
             "rating": Rating(total: Int(p.meanScore.rounded())).rawValue,
             "bands": Rating.allCases.map { p.bands[$0.rawValue] ?? 0 }, "lang": labels.lang]
        }
        let last = paging.lastPage(total: total)
        data["page"] = paging.page
        data["lastPage"] = last
        if paging.page > 1 { data["prevHref"] = "/publishers?page=\(min(paging.page - 1, last))&lang=\(labels.lang)" }
        if paging.page < last { data["nextHref"] = "/publishers?page=\(paging.page + 1)&lang=\(labels.lang)" }
        return render("publishers", data)
    }

    func publisher(_ request: Request, id raw: String) async throws -> Response {
        let query = QueryString(request.uri.query)
        var (labels, data) = common(request, query)
        let id = try APIHandlers.publisherID(raw)
        let store = self.store
        let found = try await StoreWork.run { () -> (PublisherSummary, [Quality.Dimension: Double], QualityAggregate?, [PublisherRunScore])? in
            guard let s = try store.publisher(id: id) else { return nil }
            return (s, try store.publisherDimensions(id: id), try store.publisherAggregate(id: id), try store.publisherHistory(id: id))
        }
        guard let (summary, dims, aggregate, history) = found else { throw Problem.notFound("no publisher \(id) in the catalog") }
        data["name"] = summary.name
        data["key"] = summary.key
        data["datasets"] = summary.datasets
        data["mean"] = Charts.format(summary.meanScore)
        data["rating"] = Rating(total: Int(summary.meanScore.rounded())).rawValue
        data["datasetsHref"] = "/?" + QueryString.build([("publisher", summary.key), ("lang", labels.lang)])
        data["dimensionChart"] = Charts.bars(id: "dims", title: labels["scorePerDimension"], bars: Quality.Dimension.allCases.map { dim in
            let max = IndicatorCatalogue.maxPoints(of: dim)
            let v = dims[dim] ?? 0
            return Charts.Bar(label: labels.dimension(dim), value: v, max: Double(max),
                              valueText: "\(Charts.format(v)) / \(max)", color: "#1f4e8c")
        })
        let largestBand = Double(max(1, summary.bands.values.max() ?? 1))
        data["bandChart"] = Charts.bars(id: "bands", title: labels["datasetsPerBand"], bars: Rating.allCases.map { r in
            let n = summary.bands[r.rawValue] ?? 0
            return Charts.Bar(label: labels.rating(r), value: Double(n), max: largestBand, valueText: "\(n)", color: Charts.color(r.rawValue))
        })
        data["hasHistory"] = !history.isEmpty
        data["historyChart"] = Charts.line(id: "runs", title: labels["scoreOverRuns"],
                                           points: history.map { ("\(labels["run"]) \($0.run)", $0.meanScore) })
        data["fixes"] = (aggregate?.fixes ?? []).prefix(10).map { f -> [String: Any] in
            ["remedy": f.remedy, "path": f.path, "datasets": f.datasets,
             "gain": f.pointsEach.map { "\($0) \(labels["points"]) \(labels["each"])" } ?? "\(f.totalPoints) \(labels["points"]) \(labels["inAll"])"]
        }
        return render("publisher", data)
    }
}
