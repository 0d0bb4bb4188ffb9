import Foundation

/// Pages through a CKAN `package_search` endpoint with `rows` and `start` until `result.count` is reached.
///
/// Other query parameters of the configured URL (`fq=organization:…`, `q=…`) are kept. Without a `sort`
/// of its own the URL gets `sort=name asc`: CKAN's default order is by relevance and modification time,
/// which moves packages between pages while a catalog changes; names are unique and stay put.
public struct CKANPager: Sendable {
    public let endpoint: URL
    public let rows: Int
    public let maxPages: Int
    private var start = 0
    private var inFlight = false
    private var report = PagingReport()

    public init(endpoint: URL, rows: Int = 1000, maxPages: Int = 10_000) {
        self.endpoint = endpoint
        self.rows = max(1, rows)
        self.maxPages = max(1, maxPages)
    }

    /// The URL of the page at `start` (rows and start replaced, other parameters kept).
    public static func pageURL(endpoint: URL, rows: Int, start: Int) -> URL {
        guard var c = URLComponents(url: endpoint, resolvingAgainstBaseURL: false) else { return endpoint }
        var items = (c.queryItems ?? []).filter { $0.name != "rows" && $0.name != "start" }
        if !items.contains(where: { $0.name == "sort" }) { items.append(URLQueryItem(name: "sort", value: "name asc")) }
        items.append(URLQueryItem(name: "rows", value: String(rows)))
        items.append(URLQueryItem(name: "start", value: String(start)))
        c.queryItems = items
        return c.url ?? endpoint
    }

    /// The next page to fetch, or nil when paging is over.
    public mutating func nextURL() -> URL? {
        guard report.stop == nil, !inFlight else { return nil }
        inFlight = true
        return CKANPager.pageURL(endpoint: endpoint, rows: rows, start: start)
    }

    /// What the page just fetched held: CKAN's `count` and the packages on the page.
    public mutating func record(page: URL, count: Int?, packages: Int) {
        inFlight = false
        report.pages += 1
        report.datasetsSeen += packages
        if let count {
            if let earlier = report.totalItems, earlier != count {
                report.warnings.append("the package count changed from \(earlier) to \(count) while paging (the catalog changed during the run)")
            }
            report.totalItems = count
        }
        start += packages
        guard let total = report.totalItems else {
            // No count: page until a short page.
            if packages < rows { report.stop = .exhausted } else { checkCap(page) }
            return
        }
        if start >= total {
            report.stop = .exhausted
        } else if packages == 0 {
            // Short of the count: whatever is missing was not seen, so nothing may be withdrawn.
            report.stop = .failed(url: page.absoluteString, reason: "no packages on this page although \(total) were announced and only \(start) seen")
        } else {
            checkCap(page)
        }
    }

    private mutating func checkCap(_ page: URL) {
        if report.pages >= maxPages {
            report.stop = .pageCap(maxPages)
            report.warnings.append("stopped after \(maxPages) pages (max_pages) before the last package; the source was not seen completely")
        }
    }

    public mutating func fail(page: URL, reason: String) {
        inFlight = false
        report.stop = .failed(url: page.absoluteString, reason: reason)
    }

    public func finish() -> PagingReport {
        var r = report
        if r.stop == nil { r.stop = .failed(url: endpoint.absoluteString, reason: "paging ended before the last page") }
        PageWalker.crossCheck(&r, claim: "CKAN count")
        return r
    }
}
