/// What a link check found for one URL.
public enum LinkCheck: Sendable, Hashable {
    /// An HTTP status (3xx after redirects were followed counts as the final status).
    case status(Int)
    /// No HTTP answer: DNS failure, refused connection, timeout, TLS error.
    case unreachable(String)

    /// MQA counts 2xx and 3xx as reachable.
    public var isReachable: Bool {
        if case .status(let code) = self { return (200..<400).contains(code) }
        return false
    }
}

/// Link results, looked up by URL. The harvester's link checker implements it; nil means the URL has
/// not been checked yet (the reachability indicators then stay `unchecked`, never guessed).
public protocol LinkStatus: Sendable {
    func check(for url: String) -> LinkCheck?
}

/// Link results held in memory (tests, one-off runs).
public struct LinkResults: LinkStatus {
    public var results: [String: LinkCheck]
    public init(_ results: [String: LinkCheck] = [:]) { self.results = results }
    public func check(for url: String) -> LinkCheck? { results[url] }
}
