import Foundation
import Harvest

/// The scenario server (`Server/test_server.py`) on 127.0.0.1 and a free port, one per test.
/// It exits when `stop()` is called or when this process goes away (it watches its stdin).
final class TestServer: @unchecked Sendable {
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let script = folder.appendingPathComponent("Server/test_server.py")
    static let fixtures = folder.appendingPathComponent("Fixtures")

    let port: Int
    private let process: Process
    private let stdin: Pipe

    /// Starts a server. The blocking work (spawning, reading the port) runs off Swift's cooperative
    /// threads, which are only two on a 2-core machine and must never wait on a pipe.
    static func start() async throws -> TestServer {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try TestServer() })
            }
        }
    }

    private init() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", TestServer.script.path, TestServer.fixtures.path]
        let out = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardInput = inp
        do {
            try p.run()
        } catch {
            throw Unavailable(description: "cannot start the test server (python3 \(TestServer.script.path)): \(error); the Harvest tests need python3 on PATH")
        }
        // The first line is the port.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let port = Int(text), port > 0 else {
            p.terminate()
            throw Unavailable(description: "the test server did not report a port (got \"\(text)\"); is python3 installed? The Harvest tests need it")
        }
        self.port = port
        self.process = p
        self.stdin = inp
    }

    func url(_ path: String) -> URL {
        guard let u = URL(string: "http://127.0.0.1:\(port)\(path)") else { fatalError("bad test path \(path)") }
        return u
    }

    /// Ends the server without waiting for it (it exits on SIGTERM, or when its stdin closes).
    func stop() {
        if process.isRunning { process.terminate() }
        try? stdin.fileHandleForWriting.close()
    }

    deinit { stop() }
}

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
