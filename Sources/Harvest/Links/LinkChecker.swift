import Foundation
import Quality
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Checks access and download URLs: HEAD first, GET when the server does not take HEAD (405, 501), redirects
/// followed, a timeout per link, a bound on links in flight, and the fetcher's per-host rate limiter so a
/// catalog with 10,000 links on one host does not hammer it. A GET stops after the headers: only the status
/// matters, never the (possibly huge) file behind the link.
public struct LinkChecker: Sendable {
    public let fetcher: Fetcher
    public var concurrency: Int
    public var timeout: TimeInterval
    public var maxRedirects: Int

    public init(fetcher: Fetcher, concurrency: Int = 8, timeout: TimeInterval = 20, maxRedirects: Int = 5) {
        self.fetcher = fetcher
        self.concurrency = max(1, concurrency)
        self.timeout = max(1, timeout)
        self.maxRedirects = maxRedirects
    }

    /// Checks every distinct URL once; at most `concurrency` at a time.
    public func check(_ urls: [String]) async -> [String: LinkCheck] {
        var unique: [String] = []
        var seen = Set<String>()
        for u in urls where seen.insert(u).inserted { unique.append(u) }

        var results: [String: LinkCheck] = [:]
        await withTaskGroup(of: (String, LinkCheck).self) { group in
            var next = 0
            func addNext() {
                guard next < unique.count else { return }
                let url = unique[next]
                next += 1
                group.addTask { (url, await self.check(url: url)) }
            }
            for _ in 0..<min(concurrency, unique.count) { addNext() }
            while let (url, result) = await group.next() {
                results[url] = result
                addNext()
            }
        }
        return results
    }

    /// One link: its final HTTP status, or why there was none.
    public func check(url text: String) async -> LinkCheck {
        guard let url = URL(string: text.trimmingCharacters(in: .whitespaces)),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            return .unreachable("not an http(s) URL")
        }
        switch await exchange(url, method: "HEAD") {
        case .success(let status) where status == 405 || status == 501:
            return result(await exchange(url, method: "GET"))
        case let other:
            return result(other)
        }
    }

    private func result(_ r: Result<Int, FetchError.Reason>) -> LinkCheck {
        switch r {
        case .success(let status): return .status(status)
        case .failure(let reason): return .unreachable(FetchError(url: URL(fileURLWithPath: "/"), reason: reason).message)
        }
    }

    private func exchange(_ url: URL, method: String) async -> Result<Int, FetchError.Reason> {
        do {
            try await fetcher.rateLimiter.acquire(host: url.host ?? "", sleeper: fetcher.sleeper)
        } catch {
            return .failure(.cancelled)
        }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.setValue("*/*", forHTTPHeaderField: "Accept")
        request.setValue(fetcher.userAgent, forHTTPHeaderField: "User-Agent")
        request.timeoutInterval = timeout + 5
        let options = TransferOptions(connectTimeout: timeout, totalTimeout: timeout, maxBodyBytes: 0,
                                      maxRedirects: maxRedirects, headersOnly: true)
        return await fetcher.transport.perform(request, options: options).map(\.status)
    }
}
