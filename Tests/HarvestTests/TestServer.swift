import Foundation
import Harvest
import TestSupport

/// The scenario server (`Server/test_server.py`) on 127.0.0.1 and a free port, one per test. It lives in
/// TestSupport so the command-line tests can run the built `oogst` against the same scenarios.
typealias TestServer = ScenarioServer

/// Records the delays a fetcher asks for and returns at once: retry and politeness are tested by what
/// was asked, not by the clock.
final class RecordingSleeper: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [TimeInterval] = []

    var delays: [TimeInterval] { lock.withLock { recorded } }

    var sleeper: Sleeper {
        Sleeper { [self] seconds in lock.withLock { recorded.append(seconds) } }
    }
}

enum TestFetchers {
    static let userAgent = "Oogst-tests/1 (+mailto:tests@example.test)"

    /// A fetcher that never sleeps, with a fixed jitter. With a host interval, its rate limiter runs on a
    /// clock that stands still, so the delays it asks for do not depend on how long requests take.
    static func make(_ recorder: RecordingSleeper = RecordingSleeper(), hostInterval: TimeInterval = 0) -> Fetcher {
        Fetcher(userAgent: userAgent, rateLimiter: HostRateLimiter(minInterval: hostInterval, now: { 1000 }),
                sleeper: recorder.sleeper, random: { 0.5 })
    }

    static func limits(retries: Int = 2, maxBody: Int64 = 10_000_000, maxRedirects: Int = 5,
                       connectTimeout: TimeInterval = 10, totalTimeout: TimeInterval = 30) -> FetchLimits {
        FetchLimits(connectTimeout: connectTimeout, totalTimeout: totalTimeout, maxBodyBytes: maxBody, retries: retries,
                    maxRedirects: maxRedirects, maxRetryAfter: 120, backoffBase: 0.25)
    }
}
