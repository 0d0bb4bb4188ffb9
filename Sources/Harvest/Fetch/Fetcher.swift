import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Gets pages politely: conditional GET, content negotiation, decoded gzip/deflate, size cap, connect and
/// total timeouts, retries with exponential backoff and jitter on network errors, 5xx and 429 (honouring
/// Retry-After), bounded redirects, a minimum interval per host, and `file:` URLs only when allowed.
/// Bodies stream to temporary files; nothing holds a whole page in memory.
public final class Fetcher: Sendable {
    public let userAgent: String
    public let rateLimiter: HostRateLimiter
    let sleeper: Sleeper
    let transport: HTTPTransport
    /// Jitter source in [0, 1]; tests fix it.
    let random: @Sendable () -> Double

    /// - Parameters:
    ///   - userAgent: the whole `User-Agent` header (`HarvestConfig.userAgentHeader`).
    ///   - rateLimiter: shared by every fetcher and link checker of the process.
    ///   - temporaryDirectory: where bodies land (default: a folder of our own under the system temp dir).
    public init(userAgent: String, rateLimiter: HostRateLimiter = HostRateLimiter(minInterval: 1), sleeper: Sleeper = .real,
                temporaryDirectory: URL? = nil, random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }) {
        self.userAgent = userAgent
        self.rateLimiter = rateLimiter
        self.sleeper = sleeper
        self.random = random
        let dir = temporaryDirectory ?? FileManager.default.temporaryDirectory.appendingPathComponent("oogst-pages")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        self.transport = HTTPTransport(temporaryDirectory: dir)
    }

    deinit { transport.invalidate() }

    /// Fetches one page. Throws only `FetchError`.
    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResult {
        switch request.url.scheme?.lowercased() {
        case "http", "https": return try await fetchHTTP(request)
        case "file": return try FileFetch.fetch(request)
        default: throw FetchError(url: request.url, reason: .unsupportedScheme(request.url.scheme ?? "(none)"))
        }
    }

    private func fetchHTTP(_ request: FetchRequest) async throws(FetchError) -> FetchResult {
        let limits = request.limits
        let host = request.url.host ?? ""
        let attempts = max(0, limits.retries) + 1
        var lastError = FetchError(url: request.url, reason: .network("not attempted"))

        for attempt in 1...attempts {
            do {
                try await rateLimiter.acquire(host: host, sleeper: sleeper)
            } catch {
                throw FetchError(url: request.url, reason: .cancelled, attempts: attempt)
            }
            let options = TransferOptions(connectTimeout: limits.connectTimeout, totalTimeout: limits.totalTimeout,
                                          maxBodyBytes: limits.maxBodyBytes, maxRedirects: limits.maxRedirects,
                                          headersOnly: false)
            var retryAfter: TimeInterval?
            switch await transport.perform(urlRequest(request), options: options) {
            case .success(let outcome):
                if let result = try finish(outcome, request: request, attempt: attempt) { return result }
                lastError = FetchError(url: request.url, reason: .http(outcome.status), attempts: attempt)
                retryAfter = Backoff.retryAfter(outcome.header("Retry-After"), now: Date())
            case .failure(let reason):
                lastError = FetchError(url: request.url, reason: reason, attempts: attempt)
                guard lastError.isTransient else { throw lastError }
            }
            guard attempt < attempts else { break }
            let delay = retryAfter.map { min($0, limits.maxRetryAfter) }
                ?? Backoff.delay(attempt: attempt - 1, base: limits.backoffBase, random: random())
            do {
                try await sleeper.sleep(delay)
            } catch {
                throw FetchError(url: request.url, reason: .cancelled, attempts: attempt)
            }
        }
        throw lastError
    }

    /// The result of a finished exchange, nil when it deserves another attempt (5xx, 429).
    private func finish(_ outcome: TransferOutcome, request: FetchRequest, attempt: Int) throws(FetchError) -> FetchResult? {
        let validators = Validators(etag: outcome.header("ETag"), lastModified: outcome.header("Last-Modified"))
        switch outcome.status {
        case 200..<300:
            guard let file = outcome.file else {
                // HEAD: no body by design.
                return .fetched(FetchedPage(file: URL(fileURLWithPath: "/dev/null"), mediaType: outcome.header("Content-Type"),
                                            validators: validators, finalURL: outcome.finalURL, byteCount: 0,
                                            status: outcome.status, attempts: attempt, isTemporary: false))
            }
            return .fetched(FetchedPage(file: file, mediaType: outcome.header("Content-Type"), validators: validators,
                                        finalURL: outcome.finalURL, byteCount: outcome.byteCount, status: outcome.status,
                                        attempts: attempt, isTemporary: true))
        case 304:
            guard let sent = request.validators, !sent.isEmpty else {
                throw FetchError(url: request.url, reason: .unexpectedNotModified, attempts: attempt)
            }
            // A 304 may carry fresher validators; keep the old ones where it carries none.
            return .notModified(Validators(etag: validators.etag ?? sent.etag,
                                           lastModified: validators.lastModified ?? sent.lastModified))
        case 429, 500...599:
            return nil
        default:
            throw FetchError(url: request.url, reason: .http(outcome.status), attempts: attempt)
        }
    }

    func urlRequest(_ request: FetchRequest) -> URLRequest {
        var r = URLRequest(url: request.url)
        r.httpMethod = request.method.rawValue
        r.setValue(request.accept, forHTTPHeaderField: "Accept")
        r.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        if let v = request.validators {
            if let etag = v.etag { r.setValue(etag, forHTTPHeaderField: "If-None-Match") }
            if let lm = v.lastModified { r.setValue(lm, forHTTPHeaderField: "If-Modified-Since") }
        }
        // Our watchdogs enforce the real limits; this only stops a transfer they somehow missed.
        r.timeoutInterval = max(1, request.limits.totalTimeout + 5)
        return r
    }
}

/// `file:` URLs: read from disk in place, with validators from the file's size and modification time so
/// a re-harvest of an unchanged file costs no parse.
enum FileFetch {
    static func fetch(_ request: FetchRequest) throws(FetchError) -> FetchResult {
        let url = request.url
        guard request.allowFile else { throw FetchError(url: url, reason: .fileNotAllowed) }
        let path = url.path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw FetchError(url: url, reason: .fileUnreadable(FileManager.default.fileExists(atPath: path)
                ? "\(error.localizedDescription)" : "no such file: \(path)"))
        }
        if (attributes[.type] as? FileAttributeType) == .typeDirectory {
            throw FetchError(url: url, reason: .fileUnreadable("\(path) is a folder, not a file"))
        }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        guard size <= request.limits.maxBodyBytes else {
            throw FetchError(url: url, reason: .tooLarge(received: size, limit: request.limits.maxBodyBytes))
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw FetchError(url: url, reason: .fileUnreadable("permission denied: \(path)"))
        }
        let modified = (attributes[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
        let validators = Validators(etag: "\"\(size)-\(Int64(modified.timeIntervalSince1970 * 1_000_000))\"",
                                    lastModified: HTTPDate.format(modified))
        if let sent = request.validators, sent.etag == validators.etag { return .notModified(validators) }
        return .fetched(FetchedPage(file: url, mediaType: nil, validators: validators, finalURL: url, byteCount: size,
                                    status: 200, attempts: 1, isTemporary: false))
    }
}
