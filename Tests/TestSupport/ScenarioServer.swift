import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The harvester's scenario server (`Tests/HarvestTests/Server/test_server.py`) on 127.0.0.1 and a free
/// port. Shared by the in-process harvest tests and the command-line tests, which run the built `oogst`
/// against it. It exits when `stop()` is called or when this process goes away (it watches its stdin).
public final class ScenarioServer: @unchecked Sendable {
    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }

    public static let folder = SharedFolder.packageRoot.appendingPathComponent("Tests/HarvestTests")
    public static let script = folder.appendingPathComponent("Server/test_server.py")
    public static let fixtures = folder.appendingPathComponent("Fixtures")

    public let port: Int
    private let process: Process
    private let stdin: Pipe

    /// Starts a server. The blocking work (spawning, reading the port) runs off Swift's cooperative
    /// threads, which are only two on a 2-core machine and must never wait on a pipe.
    public static func start() async throws -> ScenarioServer {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try ScenarioServer() })
            }
        }
    }

    /// Starts a server from synchronous code.
    public static func startBlocking() throws -> ScenarioServer { try ScenarioServer() }

    private init() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", ScenarioServer.script.path, ScenarioServer.fixtures.path]
        let out = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardInput = inp
        do {
            try p.run()
        } catch {
            throw Unavailable(description: "cannot start the test server (python3 \(ScenarioServer.script.path)): \(error); the harvest tests need python3 on PATH")
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
            throw Unavailable(description: "the test server did not report a port (got \"\(text)\"); is python3 installed? The harvest tests need it")
        }
        self.port = port
        self.process = p
        self.stdin = inp
    }

    public func url(_ path: String) -> URL {
        guard let u = URL(string: "http://127.0.0.1:\(port)\(path)") else { fatalError("bad test path \(path)") }
        return u
    }

    /// Ends the server (it exits on SIGTERM, or when its stdin closes) and waits, briefly, until it is gone:
    /// a test that stops the server to see a refused connection must not find it still listening.
    public func stop() {
        if process.isRunning { process.terminate() }
        try? stdin.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { usleep(10_000) }
    }

    deinit { stop() }

    // MARK: the /feed scenario

    /// What `/feed` did for one key: its settings and how it answered.
    public struct FeedState: Decodable, Sendable {
        public var variant: String
        public var etag: Bool
        public var delay: Double
        /// Requests answered with a page (200).
        public var full: Int
        /// Requests answered 304 Not Modified.
        public var notModified: Int
        public var requests: Int

        enum CodingKeys: String, CodingKey {
            case variant, etag, delay, full, requests
            case notModified = "not_modified"
        }
    }

    /// The first page of the feed for `key` (each test uses its own key, so its counters are its own).
    public func feedURL(key: String) -> URL { url("/feed?key=\(key)&page=1") }

    /// Switches what `/feed` serves for `key` (variants are listed in test_server.py) and whether it sends
    /// ETags; `delay` makes every page wait that long; `reset` zeroes the counters.
    @discardableResult
    public func control(key: String, variant: String? = nil, etag: Bool? = nil, delay: Double? = nil,
                        reset: Bool = false) throws -> FeedState {
        var query = "key=\(key)"
        if let variant { query += "&variant=\(variant)" }
        if let etag { query += "&etag=\(etag ? 1 : 0)" }
        if let delay { query += "&delay=\(delay)" }
        if reset { query += "&reset=1" }
        return try exchange(url("/control?\(query)"), method: "POST")
    }

    /// The counters of `/feed` for `key`.
    public func feedState(key: String) throws -> FeedState {
        try exchange(url("/feed/stats?key=\(key)"), method: "GET")
    }

    /// One blocking request on a private session; its callback runs on the session's own queue, never on
    /// the caller's thread, so waiting here cannot dead-lock.
    private func exchange(_ url: URL, method: String) throws -> FeedState {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.timeoutInterval = 30
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            if let error {
                box.result = .failure(error)
            } else if status != 200 {
                box.result = .failure(Unavailable(description: "\(method) \(url): status \(status): \(String(decoding: data ?? Data(), as: UTF8.self))"))
            } else {
                box.result = .success(data ?? Data())
            }
            done.signal()
        }
        task.resume()
        done.wait()
        return try JSONDecoder().decode(FeedState.self, from: box.result.get())
    }

    private final class ResultBox: @unchecked Sendable {
        var result: Result<Data, any Error> = .failure(Unavailable(description: "no answer"))
    }
}
