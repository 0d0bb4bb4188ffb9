import Foundation
import Testing
import TestSupport

/// `oogst serve` as a user runs it: the built binary on a free port, answering, and stopping cleanly on
/// SIGTERM and SIGINT (exit status 0).
@Suite struct ServeCommandTests {
    /// The exit status; nil, with the server killed, when it has not stopped within `seconds` (a server
    /// that ignores the signal fails the test instead of holding the test run).
    static func waitForExit(_ process: Process, within seconds: Double = 30) async -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if Date() > deadline {
                kill(process.processIdentifier, SIGKILL)
                return nil
            }
            try? await Task.sleep(nanoseconds: 50_000_000)
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func servesAndStopsOnSignal(signal: Int32) async throws {
        let fixture = try await TestServer.running()
        let (process, port) = try await TestServer.launch(["--db", fixture.path, "--port", "0"])
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
