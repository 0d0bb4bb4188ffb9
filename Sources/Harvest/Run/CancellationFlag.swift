import Foundation

/// Set by a signal handler (or a test); checked between pages, so the page in flight always finishes.
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    public var isCancelled: Bool { lock.withLock { cancelled } }

    public func cancel() { lock.withLock { cancelled = true } }
}

/// Where a run stands, for progress lines.
public struct RunProgress: Sendable {
    public var source: String
    public var pages: Int
    public var datasets: Int
    /// What the feed announced (`hydra:totalItems`, CKAN `count`), for an ETA.
    public var totalItems: Int?
    public var elapsed: TimeInterval

    public var rate: Double { elapsed > 0 ? Double(datasets) / elapsed : 0 }

    /// Seconds left at the current rate, when the total is known.
    public var eta: TimeInterval? {
        guard let totalItems, rate > 0, totalItems > datasets else { return nil }
        return Double(totalItems - datasets) / rate
    }
}
