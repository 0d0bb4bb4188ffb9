/// How paging ended and what it saw; the run decides from `isComplete` whether withdrawal may happen.
public struct PagingReport: Sendable, Hashable {
    public enum Stop: Sendable, Hashable {
        /// The last page had no next link (or the CKAN offset passed the count): the whole source was seen.
        case exhausted
        /// A next link pointed at a page already harvested (ckanext-dcat #260 loops forever on these).
        case loop(from: String, to: String)
        /// The configured page cap was reached with more pages announced.
        case pageCap(Int)
        /// A page could not be fetched or read; what follows it is unknown.
        case failed(url: String, reason: String)
    }

    public var pages = 0
    public var datasetsSeen = 0
    /// What the feed says it holds (`hydra:totalItems`, CKAN's `count`).
    public var totalItems: Int?
    public var stop: Stop?
    /// Plain sentences for the run report: loops, caps, count mismatches.
    public var warnings: [String] = []

    public init() {}

    /// True when the run saw the complete source, so records it did not see may be withdrawn. A loop counts
    /// as complete only when the feed's own total confirms that every item was seen.
    public var isComplete: Bool {
        switch stop {
        case .exhausted: return true
        case .loop:
            guard let totalItems else { return false }
            return datasetsSeen >= totalItems
        case .pageCap, .failed, .none: return false
        }
    }
}

/// Walks a Hydra-paged feed: hands out page URLs one at a time, remembers every page seen, and stops on the
/// last page, on a link back to a page already seen, or at the page cap. A feed without paging controls is
/// a single page (an unpaginated dump).
///
/// ```swift
/// var walker = PageWalker(start: source.url.absoluteString, maxPages: source.maxPages)
/// while let url = walker.nextURL() {
///     // fetch, parse into `graph`, map
///     walker.record(page: url, finalURL: page.finalURL.absoluteString,
///                   links: HydraPaging.links(in: graph, pageURL: …, requestedURL: url), datasets: n)
/// }
/// let report = walker.finish()
/// ```
public struct PageWalker: Sendable {
    public let start: String
    public let maxPages: Int
    private var visited = Set<String>()
    private var pending: String?
    private var report = PagingReport()

    public init(start: String, maxPages: Int = 10_000) {
        self.start = start
        self.maxPages = max(1, maxPages)
        self.pending = start
    }

    /// The next page to fetch, or nil when paging is over.
    public mutating func nextURL() -> String? {
        guard report.stop == nil, let url = pending else { return nil }
        pending = nil
        visited.insert(PageWalker.key(url))
        return url
    }

    /// What the page just fetched held. `finalURL` is the URL after redirects (links resolve against it).
    public mutating func record(page: String, finalURL: String? = nil, links: HydraLinks, datasets: Int) {
        report.pages += 1
        report.datasetsSeen += datasets
        if let f = finalURL { visited.insert(PageWalker.key(f)) }
        if let total = links.totalItems {
            if let earlier = report.totalItems, earlier != total {
                report.warnings.append("hydra:totalItems changed from \(earlier) to \(total) at \(page) (the feed changed while it was paged)")
            }
            report.totalItems = total
        }
        guard let next = links.next else {
            report.stop = .exhausted
            return
        }
        if visited.contains(PageWalker.key(next)) {
            report.stop = .loop(from: page, to: next)
            report.warnings.append("\(page) links to \(next) as its next page, which was already harvested; paging stopped there (a paging loop, as ckanext-dcat issue #260 produces)")
            return
        }
        if report.pages >= maxPages {
            report.stop = .pageCap(maxPages)
            report.warnings.append("stopped after \(maxPages) pages (max_pages) although \(page) links to a next page; the source was not seen completely")
            return
        }
        pending = next
    }

    /// The page could not be fetched or parsed, so its next link is unknown: paging ends here, incomplete.
    public mutating func fail(page: String, reason: String) {
        report.stop = .failed(url: page, reason: reason)
    }

    /// The final report, with the totalItems cross-check.
    public func finish() -> PagingReport {
        var r = report
        if r.stop == nil { r.stop = .failed(url: pending ?? start, reason: "paging ended before the last page") }
        PageWalker.crossCheck(&r, claim: "hydra:totalItems")
        return r
    }

    /// Adds a warning when a finished walk saw a different number of datasets than the feed claims.
    static func crossCheck(_ r: inout PagingReport, claim: String) {
        guard let total = r.totalItems else { return }
        switch r.stop {
        case .exhausted, .loop:
            if r.datasetsSeen != total {
                r.warnings.append("the feed claims \(total) items (\(claim)) but \(r.datasetsSeen) datasets were seen")
            }
        default: break
        }
    }

    /// Pages compare without their fragment (`#…` never reaches the server).
    static func key(_ url: String) -> String {
        if let hash = url.firstIndex(of: "#") { return String(url[..<hash]) }
        return url
    }
}
