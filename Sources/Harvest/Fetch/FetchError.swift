import Foundation

/// Why a fetch failed, in plain words, with the URL and (when there was one) the HTTP status.
public struct FetchError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Error, Sendable, Hashable {
        /// The server answered with this (non-success) status.
        case http(Int)
        /// DNS, connection refused, reset, TLS: no usable answer.
        case network(String)
        /// No response headers within the connect timeout.
        case connectTimeout(TimeInterval)
        /// The whole exchange took longer than the total timeout.
        case totalTimeout(TimeInterval)
        /// The body passed the size cap (bytes received so far or the announced length, and the cap).
        case tooLarge(received: Int64, limit: Int64)
        /// The connection closed before the announced length arrived.
        case truncated(received: Int64, expected: Int64?)
        case tooManyRedirects(Int)
        /// A `file:` URL for a source without `allow_file`.
        case fileNotAllowed
        case fileUnreadable(String)
        case unsupportedScheme(String)
        /// 304 although we sent no validators.
        case unexpectedNotModified
        case cancelled
    }

    public let url: URL
    public let reason: Reason
    /// Attempts made before giving up.
    public let attempts: Int

    public init(url: URL, reason: Reason, attempts: Int = 1) {
        self.url = url
        self.reason = reason
        self.attempts = attempts
    }

    public var status: Int? {
        if case .http(let s) = reason { return s }
        return nil
    }

    /// No answer at all, or a 5xx/429 to the end: the source is unreachable (CLI exit status 69).
    public var isUnreachable: Bool {
        switch reason {
        case .network, .connectTimeout, .totalTimeout, .truncated: return true
        case .http(let s): return s >= 500 || s == 429
        default: return false
        }
    }

    /// Worth another attempt. A total timeout is not: the same transfer would most likely take as long again.
    var isTransient: Bool {
        switch reason {
        case .network, .connectTimeout, .truncated: return true
        case .http(let s): return s >= 500 || s == 429
        default: return false
        }
    }

    func after(attempts n: Int) -> FetchError { FetchError(url: url, reason: reason, attempts: n) }

    public var message: String {
        switch reason {
        case .http(let s):
            return "the server answered HTTP \(s) \(HTTPURLResponseText.reason(s))"
        case .network(let m): return "no answer from the server: \(m)"
        case .connectTimeout(let t): return "no response within \(FetchError.seconds(t)) (connect timeout)"
        case .totalTimeout(let t): return "the transfer took longer than \(FetchError.seconds(t)) (total timeout)"
        case .tooLarge(let received, let limit):
            return "the response is larger than the \(FetchError.bytes(limit)) size cap (\(FetchError.bytes(received)) seen); raise max_body_size to accept it"
        case .truncated(let received, let expected):
            if let expected { return "the connection closed after \(received) of \(expected) announced bytes (truncated body)" }
            return "the connection closed before the body was complete (truncated body)"
        case .tooManyRedirects(let n): return "more than \(n) redirects"
        case .fileNotAllowed: return "file: URLs are read only for sources with allow_file: true"
        case .fileUnreadable(let m): return "cannot read the file: \(m)"
        case .unsupportedScheme(let s): return "cannot fetch \(s): URLs (only http, https and allowed file)"
        case .unexpectedNotModified: return "the server answered 304 Not Modified to an unconditional request"
        case .cancelled: return "cancelled"
        }
    }

    public var description: String {
        let tries = attempts > 1 ? " (after \(attempts) attempts)" : ""
        return "\(url.absoluteString): \(message)\(tries)"
    }

    static func seconds(_ t: TimeInterval) -> String {
        t == t.rounded() ? "\(Int(t))s" : String(format: "%.1fs", t)
    }

    static func bytes(_ n: Int64) -> String {
        if n >= 1_048_576 { return String(format: "%.1f MiB", Double(n) / 1_048_576) }
        if n >= 1024 { return String(format: "%.1f KiB", Double(n) / 1024) }
        return "\(n) bytes"
    }
}

/// Reason phrases, so a message reads "HTTP 503 Service Unavailable" without asking Foundation.
enum HTTPURLResponseText {
    static func reason(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 406: return "Not Acceptable"
        case 410: return "Gone"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        case 300..<400: return "(redirect without a usable Location)"
        default: return ""
        }
    }
}
