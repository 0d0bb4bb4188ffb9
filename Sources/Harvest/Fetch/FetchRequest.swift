import Foundation
import RDF

/// What the server said about a representation, remembered per page URL for conditional GETs.
public struct Validators: Sendable, Hashable, Codable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    public var isEmpty: Bool { etag == nil && lastModified == nil }
}

/// Limits of one fetch; `HarvestConfig.limits(for:)` builds them from the global and per-source settings.
public struct FetchLimits: Sendable, Hashable {
    /// Seconds until the response headers must have arrived (connecting included).
    public var connectTimeout: TimeInterval
    /// Seconds the whole exchange (body included) may take, per attempt.
    public var totalTimeout: TimeInterval
    /// The body is abandoned once it passes this many bytes (counted after decompression).
    public var maxBodyBytes: Int64
    /// Extra attempts after a network error, a 5xx or a 429.
    public var retries: Int
    public var maxRedirects: Int
    /// Retry-After is honoured up to this many seconds (a longer wait is cut to it).
    public var maxRetryAfter: TimeInterval
    /// First backoff delay; attempt n waits about base·2ⁿ, with jitter.
    public var backoffBase: TimeInterval

    public init(connectTimeout: TimeInterval = 30, totalTimeout: TimeInterval = 600, maxBodyBytes: Int64 = 512 * 1024 * 1024,
                retries: Int = 3, maxRedirects: Int = 5, maxRetryAfter: TimeInterval = 120, backoffBase: TimeInterval = 1) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBodyBytes = maxBodyBytes
        self.retries = retries
        self.maxRedirects = maxRedirects
        self.maxRetryAfter = maxRetryAfter
        self.backoffBase = backoffBase
    }
}

/// One page to get.
public struct FetchRequest: Sendable {
    public enum Method: String, Sendable { case get = "GET", head = "HEAD" }

    public var url: URL
    public var method: Method
    /// The `Accept` header; default: every serialization we read, Turtle first.
    public var accept: String
    /// Validators remembered from the last fetch of this URL; sent as If-None-Match / If-Modified-Since.
    public var validators: Validators?
    public var limits: FetchLimits
    /// `file:` URLs are served from disk only when true (the source's `allow_file`).
    public var allowFile: Bool

    public init(url: URL, method: Method = .get, accept: String = FetchRequest.rdfAccept, validators: Validators? = nil,
                limits: FetchLimits = FetchLimits(), allowFile: Bool = false) {
        self.url = url
        self.method = method
        self.accept = accept
        self.validators = validators
        self.limits = limits
        self.allowFile = allowFile
    }

    /// The serializations we read, in the order we like them: Turtle (compact, streams well), N-Triples,
    /// RDF/XML, JSON-LD (slowest to process), then the generic types portals serve RDF under.
    public static let rdfAccept = [
        "text/turtle", "application/n-triples;q=0.9", "application/rdf+xml;q=0.8", "application/ld+json;q=0.7",
        "application/n-quads;q=0.6", "application/x-turtle;q=0.5", "application/xml;q=0.3", "application/json;q=0.2",
        "text/plain;q=0.1", "*/*;q=0.05",
    ].joined(separator: ", ")

    /// For JSON APIs (CKAN).
    public static let jsonAccept = "application/json, */*;q=0.1"
}

/// A successful response: the body on disk, never in memory.
public struct FetchedPage: Sendable {
    /// The body. A temporary file for http(s) (remove it with `discard()` when done); the file itself for `file:`.
    public let file: URL
    /// `Content-Type` as sent (with parameters), nil when the server sent none or for `file:`.
    public let mediaType: String?
    /// Validators to remember for the next fetch of the same URL.
    public let validators: Validators
    /// The URL after redirects; resolve relative links in the page against it.
    public let finalURL: URL
    public let byteCount: Int64
    public let status: Int
    /// Attempts it took (1 when the first one succeeded).
    public let attempts: Int
    /// True when `file` is ours to delete.
    public let isTemporary: Bool

    /// Deletes the temporary body (a `file:` source is left alone).
    public func discard() {
        if isTemporary { try? FileManager.default.removeItem(at: file) }
    }

    /// A byte source over the body, named by the page URL so parse errors say where they are.
    public func openSource() throws -> ByteSource {
        try PageByteSource(path: file.path, name: finalURL.absoluteString)
    }
}

public enum FetchResult: Sendable {
    /// 304 (or an unchanged `file:`): nothing to parse. Carries the validators to keep.
    case notModified(Validators)
    case fetched(FetchedPage)

    public var page: FetchedPage? {
        if case .fetched(let p) = self { return p }
        return nil
    }
}
