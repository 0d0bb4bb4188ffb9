import Foundation
import Testing
import TestSupport

/// Debian's Chromium, headless, against the server: the search page, a faceted search, a dataset page and
/// a publisher dashboard load, their DOM holds what they should, and a screenshot of each is written to
/// `.build/screenshots/`. Without Chromium the test says why and passes, except on CI (CI=true), where a
/// missing browser is a failure.
@Suite(.serialized) struct BrowserTests {
    static let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

    static func browser() throws -> String? {
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return found }
        if SharedFolder.isCI {
            throw ClientError(message: "CI=true but no Chromium at \(candidates.joined(separator: ", ")); install it with: apt-get install -y chromium")
        }
        print("BrowserTests skipped: no Chromium (apt-get install -y chromium)")
        return nil
    }

    /// How long one Chromium run may take before it and its helper processes are killed.
    static let timeLimit = 120

    static func run(_ browser: String, _ arguments: [String]) throws -> String {
        let process = Process()
        let profile = NSTemporaryDirectory() + "oogst-chromium-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let chromium = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile] + arguments
        // A headless browser that hangs must fail the test, not hold the test run: coreutils' timeout
        // signals Chromium's whole process group (its helpers keep our pipe open too).
        let timeout = "/usr/bin/timeout"
        if FileManager.default.isExecutableFile(atPath: timeout) {
            process.executableURL = URL(fileURLWithPath: timeout)
            process.arguments = ["--kill-after=10", "\(timeLimit)"] + chromium
        } else {
            process.executableURL = URL(fileURLWithPath: browser)
            process.arguments = Array(chromium.dropFirst())
        }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 124 || process.terminationStatus == 137 {
            throw ClientError(message: "Chromium did not finish within \(timeLimit) s: \(arguments.joined(separator: " "))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func pagesRenderInChromium() async throws {
        guard let browser = try Self.browser() else { return }
        let server = try await TestServer.running()
        let base = "http://127.0.0.1:\(server.port)"
        let hit = try await HTTPClient.get(server.port, "/api/v1/datasets?q=fietspad").json()
        let datasetID = try #require((hit["hits"] as? [[String: Any]])?.first?["id"] as? Int)
        let detail = try await HTTPClient.get(server.port, "/api/v1/datasets/\(datasetID)").json()
        let publisherHref = try #require((detail["_links"] as? [String: [String: String]])?["publisher"]?["href"])
        let publisherID = try #require(publisherHref.split(separator: "/").last.flatMap { Int($0) })
        let shots = SharedFolder.packageRoot.appendingPathComponent(".build/screenshots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let pages: [(name: String, path: String, expect: [String])] = [
            ("search", "/?lang=en", ["Search datasets", "Fietspaden", "badge-good", "Filters"]),
            ("faceted-search", "/?lang=en&rating=good", ["Remove filter", "Rating: Good"]),
            ("dataset", "/datasets/\(datasetID)?lang=en", ["What to fix first", "Points per dimension", "Findability", "not checked"]),
            ("dashboard", "/publishers/\(publisherID)?lang=en", ["Quality dashboard", "Datasets per rating band", "Mean score over harvest runs", "polyline"]),
        ]
        for p in pages {
            let dom = try await Task.detached { try Self.run(browser, ["--dump-dom", base + p.path]) }.value
            #expect(dom.contains("<html lang=\"en\">"), "\(p.name): \(dom.prefix(200))")
            for text in p.expect { #expect(dom.contains(text), "\(p.name) lacks \(text)") }
            let file = shots.appendingPathComponent("\(p.name).png").path
            try? FileManager.default.removeItem(atPath: file)
            _ = try await Task.detached { try Self.run(browser, ["--window-size=1280,1600", "--screenshot=" + file, base + p.path]) }.value
            #expect(FileManager.default.fileExists(atPath: file), "screenshot \(file)")
        }
    }
}
