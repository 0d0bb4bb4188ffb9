import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `oogst harvest` and `oogst daemon` as processes: the built binary against the scenario server
/// (Tests/HarvestTests/Server/test_server.py), killed, signalled and run twice on one database. Waiting is
/// always for a condition (a page served, a process gone), with a generous deadline, never for a time.
@Suite("oogst harvest/daemon", .serialized)
struct HarvestCommandTests {
    @Test func demoHarvestJSONFollowsTheContract() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let db = folder.path("demo.sqlite")
        let first = try OogstBinary.run(["harvest", "--config", "config/demo.yaml", "--db", db, "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        let runs = try Self.runs(first.stdout)
        #expect(runs.map { $0["source"] as? String } == ["voorbeeldstad", "nl30-rdfxml", "donl11-jsonld", "donl-legacy"])
        for run in runs {
            for key in ["source", "status", "pages", "added", "updated", "unchanged", "withdrawn", "failed", "errors"] {
                #expect(run[key] != nil, "runs[].\(key) missing in \(run)")
            }
            #expect(run["status"] as? String == "succeeded", "\(run)")
            #expect((run["added"] as? Int ?? 0) > 0, "\(run)")
            #expect((run["started_at"] as? String)?.count == 20 && (run["finished_at"] as? String)?.count == 20, "\(run)")
            #expect((run["errors"] as? [Any])?.isEmpty == true)
        }
        // Again: the files did not change, so every record is only marked seen.
        let second = try OogstBinary.run(["harvest", "--config", "config/demo.yaml", "--db", db, "--json"])
        #expect(second.status == 0, "\(second.stderr)")
        for (run, earlier) in zip(try Self.runs(second.stdout), runs) {
            #expect(run["status"] as? String == "succeeded")
            #expect(run["added"] as? Int == 0 && run["updated"] as? Int == 0 && run["withdrawn"] as? Int == 0, "\(run)")
            #expect(run["unchanged"] as? Int == earlier["added"] as? Int, "\(run)")
        }
    }

    @Test func partialRunExits65WithThePlaceOfTheError() throws {
        let server = try ScenarioServer.startBlocking()
        defer { server.stop() }
        let folder = try Folder()
        defer { folder.remove() }
        let key = Folder.key()
        let config = try folder.config(feed: server.feedURL(key: key))
        let db = folder.path("catalog.sqlite")
        #expect(try OogstBinary.run(["harvest", "--config", config, "--db", db]).status == 0)
        try server.control(key: key, variant: "malformed")
        let r = try OogstBinary.run(["harvest", "feed", "--config", config, "--db", db, "--json"])
        #expect(r.status == 65, "\(r.stderr)")
        let run = try #require(try Self.runs(r.stdout).first)
        #expect(run["status"] as? String == "partial")
        #expect(run["withdrawn"] as? Int == 0)
        let error = try #require((run["errors"] as? [[String: Any]])?.first)
        #expect((error["url"] as? String)?.hasSuffix("page=3") == true, "\(error)")
        #expect(error["line"] as? Int == 7)
        #expect(error["column"] as? Int == 15)
        #expect(error["message"] is String)
        #expect(try StoreConsistency.count(path: db, "SELECT count(*) FROM record WHERE withdrawn_at IS NULL") == 10)
    }

    /// kill -9 in the middle of a run: the next harvest marks that run failed, the file opens, every record
    /// has its score and search rows, and the counts add up.
    @Test func killedHarvestIsMarkedFailedAndLeavesAConsistentStore() throws {
        let server = try ScenarioServer.startBlocking()
        defer { server.stop() }
        let folder = try Folder()
        defer { folder.remove() }
        let key = Folder.key()
        // 40 pages of 5 datasets, each page answered after 0.3 s.
        try server.control(key: key, variant: "long", delay: 0.3)
        let config = try folder.config(feed: server.feedURL(key: key))
        let db = folder.path("catalog.sqlite")

        let harvest = try Background(["harvest", "--config", config, "--db", db, "--json"], folder: folder)
        try waitUntil("a few pages were served") { try server.feedState(key: key).full >= 6 }
        harvest.kill(SIGKILL)
        let killed = try harvest.waitForExit()
        #expect(killed.reason == .uncaughtSignal && killed.status == SIGKILL)

        // As the crash left it: consistent, with the run still open.
        #expect(try StoreConsistency.check(path: db) == [])
        let stored = try StoreConsistency.count(path: db, "SELECT count(*) FROM record")
        #expect(stored > 0 && stored < 200, "killed half-way: \(stored) records")
        #expect(try StoreConsistency.rows(path: db, "SELECT status FROM run").map { $0["status"] } == ["running"])

        try server.control(key: key, delay: 0)
        let next = try OogstBinary.run(["harvest", "--config", config, "--db", db, "--json"])
        #expect(next.status == 0, "\(next.stderr)")
        let run = try #require(try Self.runs(next.stdout).first)
        #expect(run["status"] as? String == "succeeded", "\(run)")
        let added = run["added"] as? Int ?? -1, unchanged = run["unchanged"] as? Int ?? -1
        #expect(added + unchanged == 200, "\(run)")
        #expect(unchanged > 0, "pages stored before the kill were remembered (304): \(run)")

        let runs = try StoreConsistency.rows(path: db, "SELECT status, message, finished_at FROM run ORDER BY id")
        #expect(runs.map { $0["status"] } == ["failed", "succeeded"])
        #expect(runs.first?["message"]?.contains("interrupted") == true, "\(runs)")
        #expect(runs.first?["finished_at"]?.isEmpty == false)
        #expect(try StoreConsistency.check(path: db) == [])
        for table in ["record", "score", "record_fts"] {
            #expect(try StoreConsistency.count(path: db, "SELECT count(*) FROM \(table)") == 200, "\(table)")
        }
    }

    /// One daemon per database: a second one is refused at once, naming the first; SIGTERM makes the first
    /// finish its page in flight, close the run and exit 0.
    @Test func secondDaemonIsRefusedAndSIGTERMStopsTheFirstCleanly() throws {
        let server = try ScenarioServer.startBlocking()
        defer { server.stop() }
        let folder = try Folder()
        defer { folder.remove() }
        let key = Folder.key()
        try server.control(key: key, variant: "long", delay: 0.3)
        let config = try folder.config(feed: server.feedURL(key: key))
        let db = folder.path("catalog.sqlite")

        let daemon = try Background(["daemon", "--config", config, "--db", db], folder: folder)
        try waitUntil("the daemon is harvesting") { try server.feedState(key: key).full >= 2 }

        let second = try OogstBinary.run(["daemon", "--config", config, "--db", db])
        #expect(second.status != 0)
        #expect(second.stderr.contains("\(db) is in use by another oogst process (pid \(daemon.pid))"), "\(second.stderr)")
        let harvest = try OogstBinary.run(["harvest", "--config", config, "--db", db])
        #expect(harvest.status != 0, "a harvest on the same database is refused too")
        #expect(harvest.stderr.contains("in use by another oogst process"), "\(harvest.stderr)")
        #expect(daemon.isRunning, "the first daemon carries on")

        daemon.kill(SIGTERM)
        let exit = try daemon.waitForExit()
        #expect(exit.reason == .exit && exit.status == 0, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("daemon: stopped"), "\(daemon.stderr)")
        let runs = try StoreConsistency.rows(path: db, "SELECT status, message, pages FROM run")
        #expect(runs.count == 1)
        #expect(runs.first?["status"] == "partial", "the run was closed, not left running: \(runs)")
        #expect(runs.first?["message"]?.contains("stopped by a signal") == true, "\(runs)")
        #expect(Int(runs.first?["pages"] ?? "") ?? 0 < 40)
        #expect(try StoreConsistency.count(path: db, "SELECT count(*) FROM record WHERE withdrawn_at IS NOT NULL") == 0)
        #expect(try StoreConsistency.check(path: db) == [])
    }

    static func runs(_ stdout: String) throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any],
                                "stdout is one JSON object: \(stdout.prefix(300))")
        #expect(root.keys.sorted() == ["runs"])
        return try #require(root["runs"] as? [[String: Any]])
    }
}

/// Polls `condition` every 0.1 s until it holds; fails after `deadline` seconds (a hang, not a slow machine).
func waitUntil(_ what: String, deadline: TimeInterval = 120, _ condition: () throws -> Bool) throws {
    let end = Date().addingTimeInterval(deadline)
    while Date() < end {
        if try condition() { return }
        Thread.sleep(forTimeInterval: 0.1)
    }
    throw Timeout(description: "waited \(Int(deadline)) s for: \(what)")
}

struct Timeout: Error, CustomStringConvertible {
    let description: String
}

/// A temporary folder for one test's database and configuration.
struct Folder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-harvest-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    static func key() -> String { String(UUID().uuidString.prefix(8)).lowercased() }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// A configuration with one source, `feed`, polite settings switched off (tests have no time to wait).
    func config(feed: URL) throws -> String {
        let yaml = """
            contact: mailto:tests@example.test
            host_interval: 0s
            retries: 0
            connect_timeout: 10s
            total_timeout: 60s
            withdrawal_guard: 50%
            grace_days: 30
            sources:
              - id: feed
                title: Scenario feed
                url: "\(feed.absoluteString)"
                schedule: 1h
            """
        let path = self.path("oogst.yaml")
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// `oogst` running in the background, its output going to files (no pipe can fill up and stall it).
final class Background {
    let process = Process()
    let stdoutPath: String
    let stderrPath: String

    init(_ arguments: [String], folder: Folder) throws {
        let name = UUID().uuidString.prefix(8)
        stdoutPath = folder.path("\(name).out")
        stderrPath = folder.path("\(name).err")
        FileManager.default.createFile(atPath: stdoutPath, contents: nil)
        FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.executableURL = OogstBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = SharedFolder.packageRoot
        process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
        process.standardError = FileHandle(forWritingAtPath: stderrPath)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }
    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    func kill(_ signal: Int32) { _ = Glibc.kill(process.processIdentifier, signal) }

    func waitForExit() throws -> (reason: Process.TerminationReason, status: Int32) {
        try waitUntil("oogst (pid \(pid)) to exit") { !process.isRunning }
        return (process.terminationReason, process.terminationStatus)
    }

    deinit {
        if process.isRunning { _ = Glibc.kill(process.processIdentifier, SIGKILL) }
    }
}
