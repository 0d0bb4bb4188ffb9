import Foundation
import RDFIO

/// Everything `config/*.yaml` says: global settings and the sources to harvest.
/// Load it with `ConfigLoader.load(path:)`; see `config/oogst.yaml` for every key with a comment.
public struct HarvestConfig: Sendable {
    /// SQLite file of the catalog, as written in the file: a relative path is relative to the working
    /// directory, like the CLI's `--db` (nil when the file names none).
    public var database: String?
    /// Who we are; the contact (an e-mail address or URL) lets a portal operator reach us.
    public var userAgent: String
    public var contact: String
    public var http: HTTPSettings
    /// Withdrawal guard: a complete run may withdraw at most this share (0...1) of a source's records.
    public var withdrawalGuardShare: Double
    /// Withdrawn records are kept this many days before they are purged.
    public var graceDays: Int
    /// A link result older than this is checked again.
    public var linkRecheckAge: TimeInterval
    /// Link checks in flight at once (over all hosts; each host is still rate limited).
    public var linkConcurrency: Int
    /// Sources harvested at the same time by the daemon.
    public var maxConcurrentSources: Int
    public var sources: [SourceConfig]
    /// Where the configuration came from (for messages).
    public var path: String

    public init(database: String? = nil, userAgent: String = HarvestConfig.defaultUserAgent, contact: String,
                http: HTTPSettings = HTTPSettings(), withdrawalGuardShare: Double = 0.5, graceDays: Int = 30,
                linkRecheckAge: TimeInterval = 7 * 86_400, linkConcurrency: Int = 8, maxConcurrentSources: Int = 2,
                sources: [SourceConfig] = [], path: String = "<memory>") {
        self.database = database
        self.userAgent = userAgent
        self.contact = contact
        self.http = http
        self.withdrawalGuardShare = withdrawalGuardShare
        self.graceDays = graceDays
        self.linkRecheckAge = linkRecheckAge
        self.linkConcurrency = linkConcurrency
        self.maxConcurrentSources = maxConcurrentSources
        self.sources = sources
        self.path = path
    }

    public static let defaultUserAgent = "Oogst/0.1"

    /// The `User-Agent` header: the product and, in parentheses, how to reach the operator.
    public var userAgentHeader: String { "\(userAgent) (+\(contact))" }

    /// The source with this id.
    public func source(_ id: String) -> SourceConfig? { sources.first { $0.id == id } }

    /// Fetch limits for one source: its own overrides, else the global settings.
    public func limits(for source: SourceConfig) -> FetchLimits {
        FetchLimits(connectTimeout: source.connectTimeout ?? http.connectTimeout,
                    totalTimeout: source.totalTimeout ?? http.totalTimeout,
                    maxBodyBytes: source.maxBodySize ?? http.maxBodySize,
                    retries: source.retries ?? http.retries,
                    maxRedirects: http.maxRedirects,
                    maxRetryAfter: http.maxRetryAfter)
    }
}

/// HTTP politeness and limits shared by every source.
public struct HTTPSettings: Sendable, Hashable {
    /// Seconds to wait for the response headers (connecting included).
    public var connectTimeout: TimeInterval = 30
    /// Seconds one request may take in all, body included.
    public var totalTimeout: TimeInterval = 600
    /// Extra attempts after a network error, a 5xx or a 429.
    public var retries: Int = 3
    /// Hard cap on one response body, after decompression.
    public var maxBodySize: Int64 = 512 * 1024 * 1024
    /// Minimum seconds between two requests to the same host.
    public var hostInterval: TimeInterval = 1
    public var maxRedirects: Int = 5
    /// A server's Retry-After is honoured up to this many seconds.
    public var maxRetryAfter: TimeInterval = 120

    public init() {}
}

/// One configured feed.
public struct SourceConfig: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A DCAT document or Hydra-paged DCAT feed in any serialization we read.
        case dcat
        /// A CKAN `package_search` API (DCAT-AP-DONL fields on data.overheid.nl).
        case ckan
    }

    /// Short stable name: `[a-z0-9][a-z0-9_-]*`. Part of every record key; never rename a harvested source.
    public var id: String
    public var title: String
    /// The feed: `https://…`, `http://…`, or (with `allowFile`) `file:…`, already resolved to an absolute URL.
    public var url: URL
    public var kind: Kind
    public var schedule: Schedule
    /// Parse every page as this serialization instead of detecting it.
    public var format: RDFFormat?
    /// `file:` URLs are read only when this is true (demo and test configurations).
    public var allowFile: Bool
    public var connectTimeout: TimeInterval?
    public var totalTimeout: TimeInterval?
    public var maxBodySize: Int64?
    public var retries: Int?
    /// Stop after this many pages (a runaway feed cannot page forever).
    public var maxPages: Int
    /// CKAN: packages per `package_search` page.
    public var rows: Int
    /// CKAN: dataset IRI template with `{name}` (or `{id}`); default `<site>/dataset/{name}`.
    public var datasetIRITemplate: String?
    /// False skips the source in `harvest` (all) and in the daemon; naming it still runs it.
    public var enabled: Bool

    public init(id: String, title: String? = nil, url: URL, kind: Kind = .dcat, schedule: Schedule = .interval(seconds: 86_400),
                format: RDFFormat? = nil, allowFile: Bool = false, connectTimeout: TimeInterval? = nil,
                totalTimeout: TimeInterval? = nil, maxBodySize: Int64? = nil, retries: Int? = nil, maxPages: Int = 10_000,
                rows: Int = 1000, datasetIRITemplate: String? = nil, enabled: Bool = true) {
        self.id = id
        self.title = title ?? id
        self.url = url
        self.kind = kind
        self.schedule = schedule
        self.format = format
        self.allowFile = allowFile
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBodySize = maxBodySize
        self.retries = retries
        self.maxPages = maxPages
        self.rows = rows
        self.datasetIRITemplate = datasetIRITemplate
        self.enabled = enabled
    }
}
