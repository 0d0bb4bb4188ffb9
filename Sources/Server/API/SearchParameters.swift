import CatalogStore

/// The query parameters of a dataset search, shared by `/api/v1/datasets` and the search page: the same
/// filters as `oogst search`, each checked, a bad one a 400 naming it.
enum SearchParameters {
    static let facetNames = Facet.allCases.map(\.rawValue)
    static let names: Set<String> = Set(["q", "minScore", "modifiedSince", "sort", "page", "pageSize"] + facetNames)

    static func request(_ query: QueryString) throws -> SearchRequest {
        var request = SearchRequest(text: query.all("q").joined(separator: " "))
        guard request.text.utf8.count <= 1000 else { throw Problem.badParameter("q", "at most 1000 bytes") }
        for facet in Facet.allCases {
            let values = query.all(facet.rawValue)
            if facet == .rating {
                for v in values where !["excellent", "good", "sufficient", "bad"].contains(v.lowercased()) {
                    throw Problem.badParameter("rating", "takes excellent, good, sufficient or bad, got '\(v)'")
                }
                request.filters[facet] = values.map { $0.lowercased() }
            } else if !values.isEmpty {
                request.filters[facet] = values
            }
        }
        if let s = query["minScore"] {
            guard let n = Int(s), (0...405).contains(n) else {
                throw Problem.badParameter("minScore", "must be a whole number from 0 to 405, got '\(s)'")
            }
            request.minScore = n
        }
        if let d = query["modifiedSince"] {
            guard looksLikeDate(d) else {
                throw Problem.badParameter("modifiedSince", "must be a date such as 2024-01-31, got '\(d)'")
            }
            request.modifiedSince = d
        }
        if let s = query["sort"] {
            guard let sort = SearchSort(rawValue: s) else {
                throw Problem.badParameter("sort", "takes relevance, score or modified, got '\(s)'")
            }
            request.sort = sort
        }
        return request
    }

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a date-time beginning so, digits where digits belong.
    static func looksLikeDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= b.count && b[r].allSatisfy { (48...57).contains($0) } }
        guard b.count <= 35, digits(0..<4) else { return false }
        if b.count == 4 { return true }
        guard b.count >= 7, b[4] == UInt8(ascii: "-"), digits(5..<7) else { return false }
        if b.count == 7 { return true }
        return b.count >= 10 && b[7] == UInt8(ascii: "-") && digits(8..<10)
    }

    /// Rejects parameters the endpoint does not know (a typo such as `pagesize` would otherwise be ignored
    /// silently).
    static func checkKnown(_ query: QueryString, _ known: Set<String>) throws {
        for name in query.names where !known.contains(name) {
            throw Problem.badParameter(name, "unknown parameter; this endpoint takes \(known.sorted().joined(separator: ", "))")
        }
    }
}
