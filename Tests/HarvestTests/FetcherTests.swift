import DCAT
import Foundation
@testable import Harvest
import RDF
import RDFIO
import TestSupport
import Testing

/// The fetcher against the local scenario server. No test depends on how fast anything runs: delays are
/// recorded by a sleeper that returns at once, and only the connect-timeout test waits (1 s) for real.
@Suite("Fetcher")
struct FetcherTests {
    /// Fetches and returns the page, failing the test on anything else.
    func page(_ fetcher: Fetcher, _ request: FetchRequest) async throws -> FetchedPage {
        let result = try await fetcher.fetch(request)
        return try #require(result.page, "expected a page, got \(result)")
    }

    func failure(_ fetcher: Fetcher, _ request: FetchRequest) async -> FetchError? {
        do {
            let r = try await fetcher.fetch(request)
            Issue.record("expected an error, got \(r)")
            return nil
        } catch {
            return error
        }
    }

    func datasets(in page: FetchedPage) throws -> [Dataset] {
        var graph = Graph()
        let source = try page.openSource()
        try RDFReaders.read(source, mediaType: page.mediaType, options: ReadOptions(base: page.finalURL.absoluteString), into: &graph)
        return DCATMapper(sourceID: "test", parallel: false).map(graph).datasets
    }

    @Test func pageStreamsToATemporaryFileWithItsMediaType() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let fetcher = TestFetchers.make()
        let p = try await page(fetcher, FetchRequest(url: server.url("/etag"), limits: TestFetchers.limits()))
        defer { p.discard() }
        #expect(p.status == 200)
        #expect(p.mediaType == "text/turtle; charset=utf-8")
        #expect(p.isTemporary)
        #expect(p.attempts == 1)
        let size = try FileManager.default.attributesOfItem(atPath: p.file.path)[.size] as? Int
        #expect(Int64(size ?? -1) == p.byteCount)
        #expect(try datasets(in: p).map(\.iri) == ["https://example.test/etag/dataset/1"])
        p.discard()
        #expect(!FileManager.default.fileExists(atPath: p.file.path))
    }

    @Test func requestsCarryAcceptUserAgentAndGzip() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let p = try await page(TestFetchers.make(), FetchRequest(url: server.url("/headers"), limits: TestFetchers.limits()))
        defer { p.discard() }
        let headers = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: p.file)) as? [String: String])
        #expect(headers["accept"] == FetchRequest.rdfAccept)
        #expect(headers["accept"]?.hasPrefix("text/turtle, application/n-triples;q=0.9") == true)
        #expect(headers["user-agent"] == TestFetchers.userAgent)
        #expect(headers["accept-encoding"]?.contains("gzip") == true)
        #expect(headers["if-none-match"] == nil)
    }

    @Test func gzipBodiesArriveDecoded() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let p = try await page(TestFetchers.make(), FetchRequest(url: server.url("/gzip"), limits: TestFetchers.limits()))
        defer { p.discard() }
        let head = try FileHandle(forReadingFrom: p.file).read(upToCount: 7)
        #expect(head == Data("@prefix".utf8))
        #expect(try datasets(in: p).count == 200)
    }

    @Test func deflateBodiesArriveDecoded() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let p = try await page(TestFetchers.make(), FetchRequest(url: server.url("/deflate"), limits: TestFetchers.limits()))
        defer { p.discard() }
        #expect(try datasets(in: p).count == 50)
    }

    @Test func etagRevalidationGivesNotModified() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let fetcher = TestFetchers.make()
        let first = try await page(fetcher, FetchRequest(url: server.url("/etag"), limits: TestFetchers.limits()))
        first.discard()
        #expect(first.validators.etag == "\"v1-abc\"")
        #expect(first.validators.lastModified == "Wed, 01 May 2024 10:00:00 GMT")
        let again = try await fetcher.fetch(FetchRequest(url: server.url("/etag"), validators: first.validators, limits: TestFetchers.limits()))
        guard case .notModified(let kept) = again else {
            Issue.record("expected 304, got \(again)")
            return
        }
        #expect(kept == first.validators)
    }

    @Test func lastModifiedRevalidationGivesNotModified() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let fetcher = TestFetchers.make()
        let first = try await page(fetcher, FetchRequest(url: server.url("/lastmod"), limits: TestFetchers.limits()))
        first.discard()
        #expect(first.validators.etag == nil)
        let again = try await fetcher.fetch(FetchRequest(url: server.url("/lastmod"), validators: first.validators, limits: TestFetchers.limits()))
        #expect(again.page == nil)
        // A stale validator gets the page again.
        let stale = Validators(lastModified: "Mon, 01 Jan 2024 00:00:00 GMT")
        let full = try await page(fetcher, FetchRequest(url: server.url("/lastmod"), validators: stale, limits: TestFetchers.limits()))
        full.discard()
    }

    @Test func serverErrorIsRetriedWithBackoff() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let recorder = RecordingSleeper()
        let p = try await page(TestFetchers.make(recorder), FetchRequest(url: server.url("/flaky?key=retry"), limits: TestFetchers.limits(retries: 3)))
        p.discard()
        #expect(p.attempts == 2)
        // base 0.25 · 2⁰ · (0.5 + 0.5 · jitter 0.5)
        #expect(recorder.delays == [0.1875])
    }

    @Test func persistentServerErrorGivesUpAfterTheRetries() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let recorder = RecordingSleeper()
        let e = try #require(await failure(TestFetchers.make(recorder), FetchRequest(url: server.url("/down"), limits: TestFetchers.limits(retries: 2))))
        #expect(e.reason == .http(503))
        #expect(e.status == 503)
        #expect(e.attempts == 3)
        #expect(e.isUnreachable)
        #expect(recorder.delays == [0.1875, 0.375])
        #expect(e.description == "\(server.url("/down").absoluteString): the server answered HTTP 503 Service Unavailable (after 3 attempts)")
    }

    @Test func clientErrorsAreNotRetried() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let recorder = RecordingSleeper()
        let e = try #require(await failure(TestFetchers.make(recorder), FetchRequest(url: server.url("/missing"), limits: TestFetchers.limits(retries: 3))))
        #expect(e.reason == .http(404))
        #expect(e.attempts == 1)
        #expect(!e.isUnreachable)
        #expect(recorder.delays.isEmpty)
    }

    @Test func tooManyRequestsHonoursRetryAfterSeconds() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let recorder = RecordingSleeper()
        let p = try await page(TestFetchers.make(recorder), FetchRequest(url: server.url("/ratelimited?key=s"), limits: TestFetchers.limits()))
        p.discard()
        #expect(p.attempts == 2)
        #expect(recorder.delays == [1])
    }

    @Test func retryAfterDateIsCappedByMaxRetryAfter() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let recorder = RecordingSleeper()
        var limits = TestFetchers.limits()
        limits.maxRetryAfter = 10
        // The server asks for 30 s by HTTP-date; we wait no longer than the configured 10 s.
        let p = try await page(TestFetchers.make(recorder), FetchRequest(url: server.url("/ratelimited?key=d&date=1"), limits: limits))
        p.discard()
        #expect(recorder.delays == [10])
    }

    @Test func truncatedBodyIsAnErrorNotAShortPage() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let e = try #require(await failure(TestFetchers.make(), FetchRequest(url: server.url("/truncated"), limits: TestFetchers.limits(retries: 1))))
        guard case .truncated(let received, let expected) = e.reason else {
            Issue.record("expected a truncated body, got \(e)")
            return
        }
        #expect(received < 5000)
        #expect(expected == 5000 || expected == nil)
        #expect(e.attempts == 2)
        #expect(e.message.contains("truncated"))
    }

    @Test func streamedBodyOverTheCapIsAbandoned() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-cap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fetcher = Fetcher(userAgent: TestFetchers.userAgent, rateLimiter: HostRateLimiter(minInterval: 0),
                              sleeper: RecordingSleeper().sleeper, temporaryDirectory: dir)
        let e = try #require(await failure(fetcher, FetchRequest(url: server.url("/huge"), limits: TestFetchers.limits(retries: 2, maxBody: 1_048_576))))
        guard case .tooLarge(let received, let limit) = e.reason else {
            Issue.record("expected the size cap, got \(e)")
            return
        }
        #expect(limit == 1_048_576)
        #expect(received > limit)
        #expect(received < 2 * 1_048_576)
        #expect(e.attempts == 1, "a body over the cap is not retried")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "the partial body is deleted")
    }

    @Test func announcedBodyOverTheCapIsRefusedBeforeReading() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let e = try #require(await failure(TestFetchers.make(), FetchRequest(url: server.url("/huge-announced"), limits: TestFetchers.limits(maxBody: 1_000_000))))
        #expect(e.reason == .tooLarge(received: 50_000_000, limit: 1_000_000))
        #expect(e.message.contains("max_body_size"))
    }

    @Test func redirectsAreFollowedUpToTheLimit() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let p = try await page(TestFetchers.make(), FetchRequest(url: server.url("/redirect/3"), limits: TestFetchers.limits(maxRedirects: 5)))
        p.discard()
        #expect(p.finalURL.path == "/redirect/0")
        let e = try #require(await failure(TestFetchers.make(), FetchRequest(url: server.url("/redirect/3"), limits: TestFetchers.limits(maxRedirects: 2))))
        #expect(e.reason == .tooManyRedirects(2))
    }

    @Test func slowServerHitsTheConnectTimeout() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let e = try #require(await failure(TestFetchers.make(), FetchRequest(url: server.url("/slow"), limits: TestFetchers.limits(retries: 0, connectTimeout: 1, totalTimeout: 30))))
        #expect(e.reason == .connectTimeout(1))
        #expect(e.isUnreachable)
    }

    @Test func stalledBodyHitsTheTotalTimeoutAndIsNotRetried() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let e = try #require(await failure(TestFetchers.make(), FetchRequest(url: server.url("/trickle"), limits: TestFetchers.limits(retries: 2, connectTimeout: 5, totalTimeout: 1))))
        #expect(e.reason == .totalTimeout(1))
        #expect(e.attempts == 1)
        #expect(e.message == "the transfer took longer than 1s (total timeout)")
    }

    @Test func refusedConnectionIsANetworkError() async throws {
        let server = try await TestServer.start()
        let url = server.url("/etag")
        server.stop()
        let recorder = RecordingSleeper()
        let e = try #require(await failure(TestFetchers.make(recorder), FetchRequest(url: url, limits: TestFetchers.limits(retries: 1))))
        guard case .network = e.reason else {
            Issue.record("expected a network error, got \(e)")
            return
        }
        #expect(e.attempts == 2)
        #expect(recorder.delays.count == 1)
        #expect(e.isUnreachable)
    }

    @Test func perHostIntervalIsKeptBetweenRequests() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let recorder = RecordingSleeper()
        let fetcher = TestFetchers.make(recorder, hostInterval: 5)
        for _ in 0..<3 {
            let p = try await page(fetcher, FetchRequest(url: server.url("/etag"), limits: TestFetchers.limits()))
            p.discard()
        }
        // The first request goes at once; the next two wait for the host's next slots.
        #expect(recorder.delays == [5, 10])
    }

    @Test func pageSyntaxErrorsNameThePageURL() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let p = try await page(TestFetchers.make(), FetchRequest(url: server.url("/malformed?page=2"), limits: TestFetchers.limits()))
        defer { p.discard() }
        var graph = Graph()
        do {
            try RDFReaders.read(try p.openSource(), mediaType: p.mediaType, into: &graph)
            Issue.record("a malformed page parsed")
        } catch {
            #expect("\(error)".hasPrefix(server.url("/malformed?page=2").absoluteString + ":"), "\(error)")
        }
    }

    // MARK: file: URLs

    @Test func fileURLsAreServedOnlyWhenAllowed() async throws {
        let file = try TemporaryFixture.write("feed.ttl", "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<https://x.test/d> a dcat:Dataset .\n")
        let fetcher = TestFetchers.make()
        let denied = try #require(await failure(fetcher, FetchRequest(url: file, allowFile: false)))
        #expect(denied.reason == .fileNotAllowed)

        let p = try await page(fetcher, FetchRequest(url: file, allowFile: true))
        #expect(!p.isTemporary)
        #expect(p.file == file)
        #expect(p.byteCount == 81)
        #expect(try datasets(in: p).count == 1)
        p.discard()
        #expect(FileManager.default.fileExists(atPath: file.path), "discard never deletes a source file")

        // Unchanged file: not modified, so the run skips the parse.
        let again = try await fetcher.fetch(FetchRequest(url: file, validators: p.validators, allowFile: true))
        #expect(again.page == nil)

        let missing = try #require(await failure(fetcher, FetchRequest(url: file.deletingLastPathComponent().appendingPathComponent("nope.ttl"), allowFile: true)))
        guard case .fileUnreadable(let why) = missing.reason else {
            Issue.record("expected an unreadable file, got \(missing)")
            return
        }
        #expect(why.contains("no such file"))

        let capped = try #require(await failure(fetcher, FetchRequest(url: file, limits: TestFetchers.limits(maxBody: 10), allowFile: true)))
        #expect(capped.reason == .tooLarge(received: 81, limit: 10))
    }

    // MARK: cancellation never leaves a fetch waiting

    /// The outcome of `operation`, or nil when it has not ended within `seconds`: a fetch that hangs fails
    /// the test instead of hanging the test run (the stuck task is left behind).
    static func ending<T: Sendable>(within seconds: Double, _ operation: @escaping @Sendable () async -> T) async -> T? {
        let first = FirstAnswer<T?>()
        return await withCheckedContinuation { continuation in
            first.install(continuation)
            Task { first.answer(await operation()) }
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { first.answer(nil) }
        }
    }

    /// A fetch whose task is cancelled before the request goes out ends at once as cancelled. (It used to
    /// wait forever: the cancellation arrived before the exchange had a continuation to answer, and the
    /// URLSession task, cancelled before it was resumed, did not always report back: 200 fetches made the
    /// old code hang in each of three tries, 20 in one of two.)
    @Test func fetchInACancelledTaskEndsAsCancelled() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let fetcher = TestFetchers.make()
        let request = FetchRequest(url: server.url("/etag"), limits: TestFetchers.limits(retries: 0))
        for _ in 0..<200 {
            let reason = await Self.ending(within: 20) { () -> FetchError.Reason? in
                withUnsafeCurrentTask { $0?.cancel() }
                do { _ = try await fetcher.fetch(request); return nil } catch { return (error as? FetchError)?.reason }
            }
            let ended = try #require(reason, "the fetch did not end within 20 s of its cancellation")
            #expect(ended == .cancelled)
        }
    }

    /// Cancelled at any moment (before, during or after the exchange), a fetch ends: with its page, or as
    /// cancelled. 200 fetches, each cancelled after a pseudo-random wait of 0-15 ms.
    @Test func fetchCancelledAtAnyMomentEnds() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let fetcher = TestFetchers.make()
        let request = FetchRequest(url: server.url("/etag"), limits: TestFetchers.limits(retries: 0))
        var random = SplitMix64(seed: 0x0065_7463_68)
        var outcomes: [String: Int] = [:]
        for i in 0..<200 {
            let wait = Double(random.next() % 15_000) / 1e6
            let outcome = await Self.ending(within: 20) { () -> String in
                let fetch = Task { () -> String in
                    do {
                        let result = try await fetcher.fetch(request)
                        result.page?.discard()
                        return "fetched"
                    } catch {
                        return (error as? FetchError)?.reason == .cancelled ? "cancelled" : "failed: \(error)"
                    }
                }
                let until = DispatchTime.now().uptimeNanoseconds + UInt64(wait * 1e9)
                while DispatchTime.now().uptimeNanoseconds < until {}
                fetch.cancel()
                return await fetch.value
            }
            let ended = try #require(outcome, "fetch \(i), cancelled after \(wait) s, did not end within 20 s")
            #expect(ended == "fetched" || ended == "cancelled", "fetch \(i): \(ended)")
            outcomes[ended, default: 0] += 1
        }
        print("fetches cancelled at random moments: \(outcomes.sorted { $0.key < $1.key })")
    }

    @Test func otherSchemesAreRefused() async throws {
        let url = try #require(URL(string: "ftp://example.test/x.ttl"))
        let e = try #require(await failure(TestFetchers.make(), FetchRequest(url: url)))
        #expect(e.reason == .unsupportedScheme("ftp"))
    }
}

/// Hands a continuation the first of several answers; later ones are dropped. Install the continuation
/// before anything can answer.
final class FirstAnswer<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, Never>?

    func install(_ c: CheckedContinuation<T, Never>) { lock.withLock { continuation = c } }

    func answer(_ value: T) {
        let c = lock.withLock { () -> CheckedContinuation<T, Never>? in
            defer { continuation = nil }
            return continuation
        }
        c?.resume(returning: value)
    }
}

/// Files for one test, in a folder of their own (removed when the test process ends).
enum TemporaryFixture {
    static func write(_ name: String, _ content: String) throws -> URL {
        try TemporaryFiles.write(name, content)
    }
}

@Suite("Politeness")
struct PolitenessTests {
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var t: TimeInterval = 1000
        var now: TimeInterval { lock.withLock { t } }
        func advance(_ s: TimeInterval) { lock.withLock { t += s } }
    }

    @Test func rateLimiterHandsOutSlotsPerHost() async {
        let clock = Clock()
        let limiter = HostRateLimiter(minInterval: 2, now: { clock.now })
        #expect(await limiter.reserve(host: "a.example") == 0)
        #expect(await limiter.reserve(host: "a.example") == 2)
        #expect(await limiter.reserve(host: "A.EXAMPLE") == 4)
        #expect(await limiter.reserve(host: "b.example") == 0)
        clock.advance(10)
        #expect(await limiter.reserve(host: "a.example") == 0)
        clock.advance(0.5)
        #expect(await limiter.reserve(host: "a.example") == 1.5)
    }

    @Test func backoffGrowsExponentiallyWithJitterAndCap() {
        #expect(Backoff.delay(attempt: 0, base: 1, random: 1) == 1)
        #expect(Backoff.delay(attempt: 0, base: 1, random: 0) == 0.5)
        #expect(Backoff.delay(attempt: 3, base: 1, random: 1) == 8)
        #expect(Backoff.delay(attempt: 10, base: 1, cap: 60, random: 1) == 60)
        #expect(Backoff.delay(attempt: 500, base: 1, cap: 60, random: 0.5) == 45)
    }

    @Test func retryAfterReadsSecondsAndDates() throws {
        let now = try #require(HTTPDate.parse("Wed, 01 May 2024 10:00:00 GMT"))
        #expect(Backoff.retryAfter("120", now: now) == 120)
        #expect(Backoff.retryAfter(" 3 ", now: now) == 3)
        #expect(Backoff.retryAfter("-5", now: now) == 0)
        #expect(Backoff.retryAfter("Wed, 01 May 2024 10:00:30 GMT", now: now) == 30)
        #expect(Backoff.retryAfter("Wednesday, 01-May-24 10:01:00 GMT", now: now) == 60)
        #expect(Backoff.retryAfter("Tue, 30 Apr 2024 10:00:00 GMT", now: now) == 0)
        #expect(Backoff.retryAfter("soon", now: now) == nil)
        #expect(Backoff.retryAfter(nil, now: now) == nil)
    }
}
