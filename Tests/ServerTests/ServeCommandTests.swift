import Foundation
import Testing
import TestSupport

/// `oogst serve` as a user runs it: the built binary on a free port, answering, and stopping cleanly on
/// SIGTERM and SIGINT (exit status 0).
@Suite struct ServeCommandTests {
    /// Starts the binary and returns it with the port it reports on stderr.
    static func start(_ arguments: [String]) async throws -> (Process, Int, Pipe) {
        let process = Process()
        process.executableURL = OogstBinary.url
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = SharedFolder.packageRoot
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let port = try await Task.detached { () -> Int in
            var seen = ""
            while true {
                let data = err.fileHandleForReading.availableData
                if data.isEmpty { throw ClientError(message: "oogst serve stopped before it listened: \(seen)") }
                seen += String(decoding: data, as: UTF8.self)
                if let range = seen.range(of: #"serving .* on http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                    let match = String(seen[range])
                    if let colon = match.lastIndex(of: ":"), let port = Int(match[match.index(after: colon)...].dropLast()) { return port }
                }
            }
        }.value
        return (process, port, err)
    }

    static func waitForExit(_ process: Process) async -> Int32 {
        await Task.detached { process.waitUntilExit(); return process.terminationStatus }.value
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func servesAndStopsOnSignal(signal: Int32) async throws {
        let fixture = try await TestServer.running()
        let (process, port, _) = try await Self.start(["--db", fixture.path, "--port", "0"])
        let health = try await HTTPClient.get(port, "/health")
        #expect(health.status == 200)
        #expect(try health.json()["records"] as? Int == (try fixture.store.recordCount()))
        kill(process.processIdentifier, signal)
        #expect(await Self.waitForExit(process) == 0)
    }

    @Test func refusesWhatItCannotServe() async throws {
        let fixture = try await TestServer.running()
        let missing = try OogstBinary.run(["serve", "--db", "/nonexistent/oogst.sqlite", "--port", "0"])
        #expect(missing.status == 74)
        #expect(missing.stderr.contains("no catalog database"))
        let badPort = try OogstBinary.run(["serve", "--db", "x.sqlite", "--port", "70000"])
        #expect(badPort.status == 64)
        let badTemplates = try OogstBinary.run(["serve", "--db", fixture.path, "--port", "0", "--templates", "/nonexistent"])
        #expect(badTemplates.status == 1)
        #expect(badTemplates.stderr.contains("templates were not found (looked in /nonexistent)"))
    }
}
