import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What one HTTP exchange (one attempt, redirects followed) produced.
struct TransferOutcome: Sendable {
    var status: Int
    var headers: [String: String]
    var finalURL: URL
    /// The body on disk (2xx GET only); nil otherwise.
    var file: URL?
    var byteCount: Int64

    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Options of one exchange.
struct TransferOptions: Sendable {
    var connectTimeout: TimeInterval
    var totalTimeout: TimeInterval
    var maxBodyBytes: Int64
    var maxRedirects: Int
    /// Link checks: take the status and headers, then drop the connection without reading the body.
    var headersOnly: Bool
}

/// One URLSession (libcurl underneath) shared by every fetch, with a delegate that streams each body to
/// its own temporary file. On Linux URLSession asks for and decodes gzip/deflate itself (libcurl's
/// automatic decoding), so the file holds the decoded body and the size cap counts decoded bytes.
///
/// URLSession's own request timeout on Linux runs from the start of the transfer, so connect and total
/// timeouts are enforced here with watchdogs that give precise messages; the request timeout is only a
/// backstop.
final class HTTPTransport: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]
    private var session: URLSession?
    let temporaryDirectory: URL

    init(temporaryDirectory: URL) {
        self.temporaryDirectory = temporaryDirectory
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = 4
        configuration.timeoutIntervalForResource = 7 * 86_400
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        queue.name = "oogst.http"
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: queue)
    }

    /// Cancels what is in flight and releases the session (which holds its delegate until then).
    func invalidate() {
        lock.lock()
        let s = session
        session = nil
        lock.unlock()
        s?.invalidateAndCancel()
    }

    private func transfer(for task: URLSessionTask) -> Transfer? {
        lock.lock()
        defer { lock.unlock() }
        return transfers[task.taskIdentifier]
    }

    /// Runs one exchange. Errors come back as `FetchError.Reason`; HTTP error statuses are outcomes.
    func perform(_ request: URLRequest, options: TransferOptions) async -> Result<TransferOutcome, FetchError.Reason> {
        let session = lock.withLock { self.session }
        guard let session, let url = request.url else { return .failure(FetchError.Reason.cancelled) }

        let file = temporaryDirectory.appendingPathComponent("page-\(UUID().uuidString)")
        let transfer = Transfer(url: url, file: file, options: options)
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<TransferOutcome, FetchError.Reason>, Never>) in
                // Cancelled before this point, the transfer answers here and no URLSession task is made.
                guard transfer.start(continuation) else { return }
                let task = session.dataTask(with: request)
                lock.withLock { transfers[task.taskIdentifier] = transfer }
                guard transfer.attach(task) else { return }
                task.resume()
                let deadline = DispatchTime.now()
                // Weak: a finished exchange must not be kept alive until its deadline passes.
                DispatchQueue.global().asyncAfter(deadline: deadline + options.connectTimeout) { [weak transfer] in
                    transfer?.abortIfNoResponse(.connectTimeout(options.connectTimeout))
                }
                DispatchQueue.global().asyncAfter(deadline: deadline + options.totalTimeout) { [weak transfer] in
                    transfer?.abort(.totalTimeout(options.totalTimeout))
                }
            }
        } onCancel: {
            transfer.abort(.cancelled)
        }
        if let id = transfer.taskIdentifier { lock.withLock { transfers[id] = nil } }
        return result
    }

    // MARK: URLSessionDataDelegate

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        guard let transfer = transfer(for: dataTask) else { return completionHandler(.cancel) }
        completionHandler(transfer.received(response))
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let transfer = transfer(for: dataTask) else { return }
        if !transfer.write(data) { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        guard let transfer = transfer(for: task) else { return completionHandler(nil) }
        completionHandler(transfer.redirect(to: request) ? request : nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        transfer(for: task)?.complete(error: error)
    }
}

/// The state of one exchange. Delegate callbacks arrive on one serial queue, but watchdogs and
/// cancellation come from elsewhere, hence the lock.
private final class Transfer: @unchecked Sendable {
    let url: URL
    let file: URL
    let options: TransferOptions
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Result<TransferOutcome, FetchError.Reason>, Never>?
    private var response: HTTPURLResponse?
    private var handle: FileHandle?
    private var count: Int64 = 0
    private var redirects = 0
    private var currentURL: URL
    private var failure: FetchError.Reason?
    private var stoppedAfterHeaders = false
    private var finished = false
    /// Set once, by `attach`; an abort cancels it only while the exchange has not failed already.
    private var task: URLSessionTask?

    /// The URLSession task's identifier, once there is a task.
    var taskIdentifier: Int? { lock.withLock { task?.taskIdentifier } }

    init(url: URL, file: URL, options: TransferOptions) {
        self.url = url
        self.file = file
        self.options = options
        self.currentURL = url
    }

    /// Takes the continuation to answer. False, with the continuation already answered, when the exchange
    /// was aborted (cancelled) before it began.
    func start(_ c: CheckedContinuation<Result<TransferOutcome, FetchError.Reason>, Never>) -> Bool {
        lock.lock()
        if let failure {
            finished = true
            lock.unlock()
            c.resume(returning: .failure(failure))
            return false
        }
        continuation = c
        lock.unlock()
        return true
    }

    /// Gives the exchange its URLSession task, which may then be resumed. False, with the continuation
    /// answered, when an abort came in between.
    func attach(_ task: URLSessionTask) -> Bool {
        lock.lock()
        self.task = task
        guard failure == nil, !finished else {
            lock.unlock()
            finishWithFailure()
            return false
        }
        lock.unlock()
        return true
    }

    /// Records why the exchange stops and cancels its task; the completion callback then reports this
    /// reason. Before there is a running task, the answer is given by `start` or `attach`. Should the
    /// completion never come (URLSession can lose a cancelled task), the answer is given after a grace
    /// period, so a timeout or a cancellation always ends the exchange.
    func abort(_ reason: FetchError.Reason) {
        lock.lock()
        guard !finished, failure == nil, !stoppedAfterHeaders else { lock.unlock(); return }
        failure = reason
        let running = task
        lock.unlock()
        guard let running else { return }
        running.cancel()
        DispatchQueue.global().asyncAfter(deadline: .now() + Transfer.completionGrace) { [weak self] in
            self?.finishWithFailure()
        }
    }

    /// How long a cancelled task may take to report its end before the exchange is ended without it.
    static let completionGrace: TimeInterval = 5

    func abortIfNoResponse(_ reason: FetchError.Reason) {
        lock.lock()
        let waiting = response == nil
        lock.unlock()
        if waiting { abort(reason) }
    }

    /// Answers with the recorded failure unless the exchange has been answered already.
    private func finishWithFailure() {
        lock.lock()
        guard !finished, let continuation, let failure else { lock.unlock(); return }
        finished = true
        self.continuation = nil
        try? handle?.close()
        handle = nil
        lock.unlock()
        try? FileManager.default.removeItem(at: file)
        continuation.resume(returning: .failure(failure))
    }

    func received(_ response: URLResponse) -> URLSession.ResponseDisposition {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil else { return .cancel }
        guard let http = response as? HTTPURLResponse else {
            failure = .network("not an HTTP response")
            return .cancel
        }
        self.response = http
        if let u = http.url { currentURL = u }
        if options.headersOnly {
            stoppedAfterHeaders = true
            return .cancel
        }
        guard (200..<300).contains(http.statusCode) else { return .allow }
        // A body announced larger than the cap is refused before a byte of it is read. (Encoded bodies
        // are never smaller than their compressed length, so the announced length is a lower bound.)
        let announced = http.expectedContentLength
        if announced > options.maxBodyBytes {
            failure = .tooLarge(received: announced, limit: options.maxBodyBytes)
            return .cancel
        }
        guard FileManager.default.createFile(atPath: file.path, contents: nil),
              let h = try? FileHandle(forWritingTo: file) else {
            failure = .network("cannot create a temporary file in \(file.deletingLastPathComponent().path)")
            return .cancel
        }
        handle = h
        return .allow
    }

    /// Appends body bytes; false when the exchange must stop (size cap, disk error).
    func write(_ data: Data) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil else { return false }
        // Error responses: the body is not kept.
        guard let handle else { return true }
        count += Int64(data.count)
        if count > options.maxBodyBytes {
            failure = .tooLarge(received: count, limit: options.maxBodyBytes)
            return false
        }
        do {
            try handle.write(contentsOf: data)
        } catch {
            failure = .network("cannot write the temporary file: \(error.localizedDescription)")
            return false
        }
        return true
    }

    func redirect(to request: URLRequest) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        redirects += 1
        if redirects > options.maxRedirects {
            failure = .tooManyRedirects(options.maxRedirects)
            return false
        }
        guard let scheme = request.url?.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            failure = .unsupportedScheme(request.url?.scheme ?? "?")
            return false
        }
        return true
    }

    func complete(error: Error?) {
        lock.lock()
        guard !finished, let continuation else { lock.unlock(); return }
        finished = true
        self.continuation = nil
        try? handle?.close()
        handle = nil
        let result = outcome(error: error)
        lock.unlock()
        if case .failure = result { try? FileManager.default.removeItem(at: file) }
        continuation.resume(returning: result)
    }

    /// Called with the lock held.
    private func outcome(error: Error?) -> Result<TransferOutcome, FetchError.Reason> {
        if let failure { return .failure(failure) }
        if let response, stoppedAfterHeaders {
            return .success(TransferOutcome(status: response.statusCode, headers: Transfer.headers(response),
                                            finalURL: currentURL, file: nil, byteCount: 0))
        }
        if let error { return .failure(Transfer.reason(error, received: count, response: response)) }
        guard let response else { return .failure(.network("no response")) }
        let headers = Transfer.headers(response)
        let kept = (200..<300).contains(response.statusCode)
        // libcurl reports a short body as an error, but only when it can tell; check the announced length
        // too whenever the body was not re-encoded on the way.
        let expected = response.expectedContentLength
        if kept && headers["content-encoding"] == nil && expected > 0 && count < expected {
            return .failure(.truncated(received: count, expected: expected))
        }
        return .success(TransferOutcome(status: response.statusCode, headers: headers, finalURL: currentURL,
                                        file: kept ? file : nil, byteCount: kept ? count : 0))
    }

    static func headers(_ response: HTTPURLResponse) -> [String: String] {
        var out: [String: String] = [:]
        for (k, v) in response.allHeaderFields {
            if let k = k as? String, let v = v as? String { out[k.lowercased()] = v }
        }
        return out
    }

    static func reason(_ error: Error, received: Int64, response: HTTPURLResponse?) -> FetchError.Reason {
        let ns = error as NSError
        let text = Transfer.message(ns)
        if text.contains("transfer closed with") || text.contains("remaining to read") {
            let expected = response.map { $0.expectedContentLength }.flatMap { $0 > 0 ? $0 : nil }
            return .truncated(received: received, expected: expected)
        }
        if ns.domain == NSURLErrorDomain {
            switch ns.code {
            case NSURLErrorCancelled: return .cancelled
            case NSURLErrorTimedOut: return .network("timed out")
            default: break
            }
        }
        return .network(text)
    }

    /// The most telling text of a URLSession error (libcurl's message sits in the underlying error).
    static func message(_ error: NSError) -> String {
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
           let text = underlying.userInfo[NSLocalizedDescriptionKey] as? String, !text.isEmpty {
            return text
        }
        if let text = error.userInfo[NSLocalizedDescriptionKey] as? String, !text.isEmpty { return text }
        switch error.code {
        case NSURLErrorCannotConnectToHost: return "could not connect to the server"
        case NSURLErrorCannotFindHost: return "unknown host"
        case NSURLErrorNetworkConnectionLost: return "the connection was lost"
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateUntrusted: return "TLS connection failed"
        default: return "\(error.domain) error \(error.code)"
        }
    }
}
