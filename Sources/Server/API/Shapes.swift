import CatalogStore
import DCAT
import Foundation
import Quality

/// The JSON bodies of the API. Field names follow the CLI's JSON (`oogst search/show/scores/runs --json`),
/// so a script can move between the two; `_links` are HAL-style `{"href": …}` objects.

struct DatasetPage: Encodable {
    var total: Int
    var page: Int
    var pageSize: Int
    var hits: [Hit]
    var facets: [String: [FacetCount]]
    var links: [String: Link]

    enum CodingKeys: String, CodingKey { case total, page, pageSize, hits, facets, links = "_links" }

    struct Hit: Encodable {
        var hit: SearchHit
        var links: [String: Link]
        enum Keys: String, CodingKey { case links = "_links" }
        func encode(to encoder: Encoder) throws {
            try hit.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(links, forKey: .links)
        }
    }
}

/// One record: the `validate` entry (score, indicators, findings with remedies), the store's fields, the
/// findings to fix first, a short description of the dataset, and links.
struct DatasetDetail: Encodable {
    var record: StoredRecord
    var links: [String: Link]

    enum StoreKeys: String, CodingKey {
        case dataset
        case fixFirst = "fix_first", links = "_links"
    }

    func encode(to encoder: Encoder) throws {
        try record.encodeWithStoreFields(to: encoder)
        var c = encoder.container(keyedBy: StoreKeys.self)
        try c.encode(Self.fixFirst(record.quality).map(\.id), forKey: .fixFirst)
        try c.encode(DatasetSummary(record.dataset), forKey: .dataset)
        try c.encode(links, forKey: .links)
    }

    /// Findings that cost points, most points first (ties: violations before warnings, then by id).
    /// Indicators not checked yet (links, DCAT-AP shapes) are no change to the metadata, so not fixes.
    static func fixFirst(_ q: DatasetQuality) -> [Finding] {
        q.findings.filter { $0.pointsLost > 0 && !isUnchecked($0, q) }.sorted {
            if $0.pointsLost != $1.pointsLost { return $0.pointsLost > $1.pointsLost }
            if ($0.severity == .violation) != ($1.severity == .violation) { return $0.severity == .violation }
            return $0.id < $1.id
        }
    }

    static func isUnchecked(_ f: Finding, _ q: DatasetQuality) -> Bool {
        q.indicator(f.id)?.status == .unchecked
    }
}

/// The dataset as a reader wants it at a glance (the full description is the RDF of the same URL).
struct DatasetSummary: Encodable {
    var description: String?
    var keywords: [String]
    var themes: [String]
    var landingPages: [String]
    var modified: String?
    var issued: String?
    var distributions: [DistributionSummary]

    enum CodingKeys: String, CodingKey {
        case description, keywords, themes, modified, issued, distributions
        case landingPages = "landing_pages"
    }

    init(_ d: Dataset) {
        description = d.description.best()
        keywords = d.keywords.values(in: "nl") + d.keywords.values(in: "en") + d.keywords.values(in: nil)
        if keywords.isEmpty { keywords = d.keywords.values.map(\.value) }
        themes = d.euThemeCodes
        landingPages = d.landingPages
        modified = d.modified?.value
        issued = d.issued?.value
        distributions = d.distributions.map(DistributionSummary.init)
    }
}

struct DistributionSummary: Encodable {
    var title: String?
    var accessURLs: [String]
    var downloadURLs: [String]
    var format: String?
    var mediaType: String?
    var license: String?

    enum CodingKeys: String, CodingKey {
        case title, format, license
        case accessURLs = "access_urls", downloadURLs = "download_urls", mediaType = "media_type"
    }

    init(_ d: Distribution) {
        title = d.title.best()
        accessURLs = d.accessURLs
        downloadURLs = d.downloadURLs
        format = d.fileTypeCode ?? d.format?.label.best() ?? d.format?.iri
        mediaType = d.mediaType
        license = d.license?.iri
    }
}

struct PublisherPage: Encodable {
    var total: Int
    var page: Int
    var pageSize: Int
    var publishers: [PublisherEntry]
    var links: [String: Link]
    enum CodingKeys: String, CodingKey { case total, page, pageSize, publishers, links = "_links" }
}

struct PublisherEntry: Encodable {
    var summary: PublisherSummary
    var links: [String: Link]
    enum Keys: String, CodingKey { case links = "_links" }
    func encode(to encoder: Encoder) throws {
        try summary.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(links, forKey: .links)
    }
}

/// One publisher: counts, mean per dimension and the fixes that gain most.
struct PublisherDetail: Encodable {
    var summary: PublisherSummary
    var dimensions: [String: Double]
    var fixes: [RankedFix]
    var links: [String: Link]
    enum Keys: String, CodingKey { case dimensions, fixes, links = "_links" }
    func encode(to encoder: Encoder) throws {
        try summary.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(dimensions, forKey: .dimensions)
        try c.encode(fixes, forKey: .fixes)
        try c.encode(links, forKey: .links)
    }
}

struct PublisherScores: Encodable {
    var publisher: PublisherSummary
    var history: [PublisherRunScore]
    var links: [String: Link]
    enum CodingKeys: String, CodingKey { case publisher, history, links = "_links" }
}

/// A dataset's scores with its record number and source (the `scores --format json` entry).
struct ScoreEntry: Encodable {
    var score: RecordScore
    enum Keys: String, CodingKey { case id, source }
    func encode(to encoder: Encoder) throws {
        try score.quality.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(score.id, forKey: .id)
        try c.encode(score.source, forKey: .source)
    }
}

struct ScorePage: Encodable {
    var total: Int
    var page: Int
    var pageSize: Int
    var datasets: [ScoreEntry]?
    var groups: [QualityAggregate]?
    var links: [String: Link]
    enum CodingKeys: String, CodingKey { case total, page, pageSize, datasets, groups, links = "_links" }
}

struct SourceEntry: Encodable {
    var source: SourceInfo
    var datasets: Int
    var lastRun: RunReport?
    enum Keys: String, CodingKey { case datasets, lastRun = "last_run" }
    func encode(to encoder: Encoder) throws {
        try source.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(datasets, forKey: .datasets)
        try c.encode(lastRun, forKey: .lastRun)
    }
}

struct RunPage: Encodable {
    var total: Int
    var page: Int
    var pageSize: Int
    var runs: [RunReport]
    var links: [String: Link]
    enum CodingKeys: String, CodingKey { case total, page, pageSize, runs, links = "_links" }
}
