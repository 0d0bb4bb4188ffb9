import GRDB

/// How hits are ordered.
public enum SearchSort: String, CaseIterable, Codable, Sendable {
    /// bm25 over the weighted columns (title counts most); without a query text, by score.
    case relevance
    case score
    /// Most recently modified first; records without a date last.
    case modified
}

/// A search: text, filters, order and a page of hits.
public struct SearchRequest: Hashable, Sendable {
    public var text = ""
    /// Values within one facet are alternatives (OR); different facets all apply (AND).
    public var filters: [Facet: [String]] = [:]
    public var minScore: Int?
    /// An ISO 8601 date or date-time; records modified on or after it.
    public var modifiedSince: String?
    public var sort = SearchSort.relevance
    public var limit = 20
    public var offset = 0
    public var facets = true
    /// Most frequent values per facet.
    public var facetLimit = 20

    public init(text: String = "") { self.text = text }
}

public struct SearchHit: Codable, Sendable, Equatable {
    public var id: Int64
    public var iri: String
    public var title: String
    public var publisher: String
    public var score: Int
    public var rating: String
    /// 1-based position in the whole result.
    public var rank: Int
    /// bm25 relevance (higher is better); nil without query text.
    public var relevance: Double?
    public var source: String
}

public struct FacetCount: Codable, Sendable, Equatable {
    public var value: String
    public var label: String
    public var count: Int

    public init(value: String, label: String, count: Int) { self.value = value; self.label = label; self.count = count }
}

/// The JSON of `oogst search`: `{"total", "hits", "facets"}`.
public struct SearchResult: Codable, Sendable {
    public var total: Int
    public var hits: [SearchHit]
    public var facets: [String: [FacetCount]]
    /// The FTS5 expression the text became (for `--explain`; not part of the contract).
    public var match: String?
}

/// A filter value that names nothing in the catalog: a usage error, with the values that do exist.
public struct UnknownFacetValue: Error, CustomStringConvertible, Sendable {
    public var facet: Facet
    public var value: String
    public var known: [String]

    public var description: String {
        let sample = known.prefix(8).joined(separator: ", ")
        return "no \(facet.rawValue) '\(value)' in the catalog" + (known.isEmpty ? "" : "; known values include: \(sample)")
    }
}

extension CatalogStore {
    /// Column weights for bm25: title, description, keywords, publisher, themes.
    static let columnWeights = "10.0, 2.0, 5.0, 3.0, 2.0"

    public func search(_ request: SearchRequest) throws -> SearchResult {
        try read { db in try SearchPlan(db: db, request: request).run() }
    }
}

/// The SQL of one search, built from fixed fragments; every value the user gave is a bound argument.
struct SearchPlan {
    let db: Database
    let request: SearchRequest
    /// The text as parsed: `match` is its FTS5 expression, `MemorySearch` evaluates its structure.
    let query: SearchQuery
    let match: String?
    /// With it, facets are counted in memory over one pass of the matches (`runCountingInMemory`).
    let facetIndex: FacetIndex?

    init(db: Database, request: SearchRequest, facetIndex: FacetIndex? = nil) {
        self.db = db
        self.request = request
        self.query = SearchQuery(request.text)
        self.match = query.matchExpression
        self.facetIndex = facetIndex
    }

    var relevanceColumn: String { match == nil ? "NULL" : "-bm25(record_fts, \(CatalogStore.columnWeights))" }

    func run() throws -> SearchResult {
        let (fromWhere, arguments) = try filteredSet()
        if request.facets, let facetIndex {
            return try runCountingInMemory(fromWhere, arguments, facetIndex)
        }
        var facets: [String: [FacetCount]] = [:]
        let total: Int
        if request.facets {
            // Every record counts under exactly one rating, so the rating counts sum to the total: one
            // pass over the matches instead of two.
            let counted = try facetCounts(fromWhere, arguments)
            facets = counted.facets
            total = counted.total
        } else {
            total = try Int.fetchOne(db, sql: "SELECT count(*) " + fromWhere, arguments: arguments) ?? 0
        }
        var hits: [SearchHit] = []
        let relevance = relevanceColumn
        let order: String
        switch (request.sort, match) {
        case (.relevance, .some): order = "relevance DESC, r.id"
        case (.relevance, .none), (.score, _): order = "r.score DESC, r.id"
        case (.modified, _): order = "r.modified IS NULL, r.modified DESC, r.id"
        }
        let sql = """
            SELECT r.id, r.iri, r.title, r.publisher, r.score, r.rating, r.source_id, \(relevance) AS relevance
            \(fromWhere) ORDER BY \(order) LIMIT ? OFFSET ?
            """
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments + [max(0, request.limit), max(0, request.offset)])
        for (i, row) in rows.enumerated() {
            hits.append(SearchHit(id: row["id"], iri: row["iri"], title: row["title"], publisher: row["publisher"],
                                  score: row["score"], rating: row["rating"], rank: max(0, request.offset) + i + 1,
                                  relevance: row["relevance"], source: row["source_id"]))
        }
        return SearchResult(total: total, hits: hits, facets: facets, match: match)
    }

    /// The same answer as `run` in one pass over the matches: each match's number and sort key, facets
    /// counted from `index`, the page of hits chosen in memory (in `run`'s order, ties by number), then only
    /// that page's rows read.
    func runCountingInMemory(_ fromWhere: String, _ arguments: StatementArguments, _ index: FacetIndex) throws -> SearchResult {
        struct Match { var id: Int64; var relevance: Double?; var score: Int; var modified: String? }
        let sort: SearchSort = request.sort == .relevance && match == nil ? .score : request.sort
        let modifiedColumn = sort == .modified ? "r.modified" : "NULL"
        var matches: [Match] = []
        let cursor = try Row.fetchCursor(db, sql: "SELECT r.id, \(relevanceColumn), r.score, \(modifiedColumn) \(fromWhere)",
                                         arguments: arguments)
        while let row = try cursor.next() {
            matches.append(Match(id: row[0], relevance: row[1], score: row[2], modified: row[3]))
        }
        let counted = index.counts(of: matches.map(\.id), limit: request.facetLimit)
        let before: (Match, Match) -> Bool
        switch sort {
        case .relevance:
            before = { a, b in a.relevance != b.relevance ? (a.relevance ?? 0) > (b.relevance ?? 0) : a.id < b.id }
        case .score:
            before = { a, b in a.score != b.score ? a.score > b.score : a.id < b.id }
        case .modified:
            before = { a, b in
                switch (a.modified, b.modified) {
                case let (x?, y?) where x != y: return x > y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a.id < b.id
                }
            }
        }
        let offset = max(0, request.offset), limit = max(0, request.limit)
        let page = Array(firstInOrder(pageEnd(offset, limit), of: matches, by: before).dropFirst(offset))
        let hits = try pageHits(page.map { ($0.id, $0.relevance) }, offset: offset)
        return SearchResult(total: counted.total, hits: hits, facets: counted.facets, match: match)
    }

    /// Where a page ends, as a count of hits from the first: saturating, so a huge offset is an empty page
    /// (as SQL's `OFFSET` makes it), not an overflow.
    func pageEnd(_ offset: Int, _ limit: Int) -> Int {
        let (end, overflow) = offset.addingReportingOverflow(limit)
        return overflow ? Int.max : end
    }

    /// The hits of a page chosen in memory: only these rows are read, and they keep the page's order.
    func pageHits(_ page: [(id: Int64, relevance: Double?)], offset: Int) throws -> [SearchHit] {
        guard !page.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: page.count).joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, iri, title, publisher, score, rating, source_id FROM record WHERE id IN (\(marks))
            """, arguments: StatementArguments(page.map(\.id)))
        let byID = Dictionary(rows.map { ($0["id"] as Int64, $0) }, uniquingKeysWith: { a, _ in a })
        var hits: [SearchHit] = []
        for (i, m) in page.enumerated() {
            guard let row = byID[m.id] else { continue }
            hits.append(SearchHit(id: m.id, iri: row["iri"], title: row["title"], publisher: row["publisher"],
                                  score: row["score"], rating: row["rating"], rank: offset + i + 1,
                                  relevance: m.relevance, source: row["source_id"]))
        }
        return hits
    }

    /// `FROM … WHERE …` of the records that match, with its arguments.
    func filteredSet() throws -> (String, StatementArguments) {
        var sql: String
        var arguments: StatementArguments = []
        if let match {
            sql = "FROM record_fts JOIN record r ON r.id = record_fts.rowid WHERE record_fts MATCH ? AND r.withdrawn_at IS NULL"
            arguments += [match]
        } else {
            sql = "FROM record r WHERE r.withdrawn_at IS NULL"
        }
        for facet in Facet.allCases {
            guard let values = request.filters[facet], !values.isEmpty else { continue }
            var ids: [Int64] = []
            for v in values { ids += try facetValueIDs(facet, v) }
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
            if let column = facet.recordColumn {
                sql += " AND r.\(column) IN (SELECT value FROM facet_value WHERE id IN (\(marks)))"
            } else {
                sql += " AND r.id IN (SELECT record_id FROM record_facet WHERE value_id IN (\(marks)))"
            }
            arguments += StatementArguments(ids)
        }
        if let minScore = request.minScore {
            sql += " AND r.score >= ?"
            arguments += [minScore]
        }
        if let since = request.modifiedSince {
            sql += " AND r.modified >= ?"
            arguments += [since]
        }
        return (sql, arguments)
    }

    /// The values a user's filter names: by value or label, case-insensitively (a theme also by its EU IRI).
    func facetValueIDs(_ facet: Facet, _ given: String) throws -> [Int64] {
        var value = given
        if facet == .theme, let slash = given.lastIndex(of: "/"), given.hasPrefix("http") {
            value = String(given[given.index(after: slash)...])
        }
        let ids = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT id FROM facet_value WHERE facet = ? AND (value = ? COLLATE NOCASE OR label = ? COLLATE NOCASE)
            """), arguments: [facet.rawValue, value, value])
        if ids.isEmpty {
            let records = facet.recordColumn.map { "record r ON r.\($0) = fv.value" } ?? "record_facet rf ON rf.value_id = fv.id"
            let known = try String.fetchAll(db.cachedStatement(sql: """
                SELECT fv.value FROM facet_value fv JOIN \(records)
                WHERE fv.facet = ? GROUP BY fv.id ORDER BY count(*) DESC LIMIT 8
                """), arguments: [facet.rawValue])
            throw UnknownFacetValue(facet: facet, value: given, known: known)
        }
        return ids
    }

    /// The matches are found once (`matched`); the facets read from the record row are counted from it.
    func facetCounts(_ fromWhere: String, _ arguments: StatementArguments) throws -> (facets: [String: [FacetCount]], total: Int) {
        let columns = Facet.allCases.compactMap { f in f.recordColumn.map { (facet: f, column: $0) } }
        var sql = """
            WITH matched AS MATERIALIZED (SELECT r.id\(columns.map { ", r.\($0.column)" }.joined()) \(fromWhere))
            SELECT fv.facet, fv.value, fv.label, count(*) AS n
            FROM record_facet rf JOIN facet_value fv ON fv.id = rf.value_id
            WHERE rf.record_id IN (SELECT id FROM matched)
            GROUP BY rf.value_id
            """
        for c in columns {
            sql += """

                UNION ALL SELECT fv.facet, fv.value, fv.label, count(*) AS n
                FROM matched m JOIN facet_value fv ON fv.facet = '\(c.facet.rawValue)' AND fv.value = m.\(c.column)
                GROUP BY fv.id
                """
        }
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        var out: [String: [FacetCount]] = [:]
        for f in Facet.allCases { out[f.rawValue] = [] }
        var total = 0
        for row in rows {
            if row["facet"] as String == Facet.rating.rawValue { total += row["n"] as Int }
            out[row["facet"], default: []].append(FacetCount(value: row["value"], label: row["label"], count: row["n"]))
        }
        for (k, v) in out {
            out[k] = Array(v.sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
                .prefix(request.facetLimit))
        }
        return (out, total)
    }
}
