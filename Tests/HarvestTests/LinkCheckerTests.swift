import Foundation
import Harvest
import Quality
import Testing

@Suite("Link checker")
struct LinkCheckerTests {
    @Test func statusesWithGETFallbackAndRedirects() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let dead = try await TestServer.start()
        let refused = dead.url("/links/ok").absoluteString
        dead.stop()

        let checker = LinkChecker(fetcher: TestFetchers.make(), concurrency: 3, timeout: 10)
        let urls = ["ok", "no-head", "head-501", "moved", "missing", "big-file"].map { server.url("/links/\($0)").absoluteString }
            + ["ftp://example.test/file.csv", "not a url", refused, server.url("/links/ok").absoluteString]
        let results = await checker.check(urls)
        #expect(results.count == urls.count - 1, "duplicates are checked once")
        #expect(results[server.url("/links/ok").absoluteString] == .status(200))
        #expect(results[server.url("/links/no-head").absoluteString] == .status(200), "HEAD refused with 405, GET used")
        #expect(results[server.url("/links/head-501").absoluteString] == .status(200), "HEAD not implemented, GET used")
        #expect(results[server.url("/links/moved").absoluteString] == .status(200), "redirect followed")
        #expect(results[server.url("/links/missing").absoluteString] == .status(404))
        // A 30 MB download behind the link: the GET stops after the headers.
        #expect(results[server.url("/links/big-file").absoluteString] == .status(200))
        #expect(results["ftp://example.test/file.csv"] == .unreachable("not an http(s) URL"))
        #expect(results["not a url"] == .unreachable("not an http(s) URL"))
        guard case .unreachable(let why) = results[refused] else {
            Issue.record("a closed port was reachable: \(String(describing: results[refused]))")
            return
        }
        #expect(why.hasPrefix("no answer from the server"), "\(why)")
        #expect(LinkResults(results).check(for: server.url("/links/missing").absoluteString)?.isReachable == false)
    }

    @Test func linksToOneHostShareItsRateLimit() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let recorder = RecordingSleeper()
        let checker = LinkChecker(fetcher: TestFetchers.make(recorder, hostInterval: 3), concurrency: 4)
        let results = await checker.check(["ok", "missing", "moved"].map { server.url("/links/\($0)").absoluteString })
        #expect(results.count == 3)
        // Three requests (one HEAD each) to one host: the first goes at once, the others wait for their slots.
        #expect(recorder.delays.sorted() == [3, 6])
    }
}
