import Foundation

/// Waits between attempts and between requests. Tests pass one that records the asked delays and
/// returns at once, so retry and rate-limit behaviour is checked without timing anything.
public struct Sleeper: Sendable {
    public let sleep: @Sendable (TimeInterval) async throws -> Void

    public init(_ sleep: @escaping @Sendable (TimeInterval) async throws -> Void) { self.sleep = sleep }

    public static let real = Sleeper { seconds in
        guard seconds > 0 else { return }
        try await Task.sleep(nanoseconds: UInt64(min(seconds, 86_400) * 1_000_000_000))
    }
}

/// Keeps a minimum interval between two requests to the same host, over every source and the link
/// checker alike. Each caller reserves the next free slot of its host and waits for it, so concurrent
/// callers queue up in order instead of all firing when the interval ends.
public actor HostRateLimiter {
    public let minInterval: TimeInterval
    private var nextFree: [String: TimeInterval] = [:]
    private let now: @Sendable () -> TimeInterval

    /// `now` is a monotonic clock in seconds (default: system uptime); tests pass a fixed one.
    public init(minInterval: TimeInterval, now: @escaping @Sendable () -> TimeInterval = { ProcessInfo.processInfo.systemUptime }) {
        self.minInterval = max(0, minInterval)
        self.now = now
    }

    /// Takes the next slot for `host` and returns how long to wait until it (0 when free now).
    public func reserve(host: String) -> TimeInterval {
        let key = host.lowercased()
        let t = now()
        let slot = max(t, nextFree[key] ?? t)
        nextFree[key] = slot + minInterval
        return slot - t
    }

    /// Reserves a slot and sleeps until it.
    public nonisolated func acquire(host: String, sleeper: Sleeper) async throws {
        let wait = await reserve(host: host)
        if wait > 0 { try await sleeper.sleep(wait) }
    }
}

/// Delays between attempts.
enum Backoff {
    /// Exponential backoff with jitter: base·2ⁿ scaled by a random factor in [0.5, 1], at most `cap`.
    static func delay(attempt: Int, base: TimeInterval, cap: TimeInterval = 60, random: Double) -> TimeInterval {
        let exponential = base * pow(2, Double(min(attempt, 20)))
        return min(cap, exponential) * (0.5 + 0.5 * min(max(random, 0), 1))
    }

    /// `Retry-After` as seconds (`120`) or an HTTP-date; nil when absent or unreadable. Never negative.
    static func retryAfter(_ value: String?, now: Date) -> TimeInterval? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return TimeInterval(max(0, seconds)) }
        guard let date = HTTPDate.parse(value) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}

/// HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, and the obsolete RFC 850 and asctime forms.
enum HTTPDate {
    private static let formats = ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"]

    static func parse(_ text: String) -> Date? {
        for f in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = f
            if let d = formatter.date(from: text) { return d }
        }
        return nil
    }

    static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
