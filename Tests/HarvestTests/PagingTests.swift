import DCAT
import Foundation
import Harvest
import RDF
import RDFIO
import Testing
import TestSupport

@Suite("Hydra paging")
struct PagingTests {
    func graph(_ text: String, base: String, format: RDFFormat = .turtle) throws -> Graph {
        var g = Graph()
        try RDFReaders.read(MemoryByteSource(text, name: base), format: format, options: ReadOptions(base: base), into: &g)
        return g
    }

    func sample(_ path: String, base: String) throws -> Graph? {
        guard let shared = try SharedFolder.locate() else { return nil }
        var g = Graph()
        let url = shared.appendingPathComponent("specs/samples/" + path)
        try RDFReaders.read(FileByteSource(path: url.path), options: ReadOptions(base: base), into: &g)
        return g
    }

    // MARK: reading the controls

    @Test func ckanextDcatPagedCollectionWithLiteralLinks() throws {
        guard let g = try sample("turtle/ckan-demockanorg-page1.ttl", base: "http://demo.ckan.org/catalog.ttl?page=1") else { return }
        let links = HydraPaging.links(in: g, pageURL: "http://demo.ckan.org/catalog.ttl?page=1")
        #expect(links.design == .pagedCollection)
        #expect(links.next == "http://demo.ckan.org/catalog.ttl?page=2")
        #expect(links.last == "http://demo.ckan.org/catalog.ttl?page=26")
        #expect(links.totalItems == 2561)
    }

    @Test func ndePartialCollectionViewWithRelativeNext() throws {
        let base = "https://datasetregister.example/datasets/hydra-page1.ttl"
        guard let g = try sample("turtle/nde-hydra-page1.ttl", base: base) else { return }
        let links = HydraPaging.links(in: g, pageURL: base)
        #expect(links.design == .partialCollectionView)
        #expect(links.next == "https://datasetregister.example/datasets/hydra-page2.ttl")
    }

    @Test func udataExpandedJSONLDInBothDesigns() throws {
        guard let paged = try sample("jsonld/udata-paged-collection-1.jsonld", base: "http://data.test.org/catalog.jsonld?page=1"),
              let view = try sample("jsonld/udata-partial-collection-1.jsonld", base: "http://data.test.org/catalog.jsonld?page=1") else { return }
        let p = HydraPaging.links(in: paged, pageURL: "http://data.test.org/catalog.jsonld?page=1")
        #expect(p.design == .pagedCollection)
        #expect(p.next == "http://data.test.org/catalog.jsonld?page=2")
        #expect(p.totalItems == 4)
        let v = HydraPaging.links(in: view, pageURL: "http://data.test.org/catalog.jsonld?page=1")
        #expect(v.design == .partialCollectionView)
        #expect(v.next == "http://data.test.org/catalog.jsonld?page=2")
        #expect(v.totalItems == 4, "totalItems given as a string on the collection")
    }

    @Test func datagouvLastPageHasNoNext() throws {
        let base = "https://www.data.gouv.fr/api/1/organizations/54884a24c751df7226a3fc16/catalog.rdf?page=1&page_size=100"
        guard let g = try sample("rdfxml/udata-datagouvfr-vanves-catalog.rdf", base: base) else { return }
        let links = HydraPaging.links(in: g, pageURL: base)
        #expect(links.design == .partialCollectionView)
        #expect(links.next == nil)
        #expect(links.first == base)
        #expect(links.totalItems == 2)
    }

    @Test func relativeLiteralLinksResolveAgainstThePage() throws {
        let g = try graph("""
        @prefix hydra: <http://www.w3.org/ns/hydra/core#> .
        <https://portal.example/catalog.ttl?page=2> a hydra:PagedCollection ;
            hydra:nextPage "catalog.ttl?page=3" ; hydra:previousPage "catalog.ttl?page=1" .
        """, base: "https://portal.example/catalog.ttl?page=2")
        let links = HydraPaging.links(in: g, pageURL: "https://portal.example/catalog.ttl?page=2")
        #expect(links.next == "https://portal.example/catalog.ttl?page=3")
    }

    @Test func untypedPageNamingItselfAndTheHTTPSNamespace() throws {
        let g = try graph("""
        @prefix h: <https://www.w3.org/ns/hydra/core#> .
        <https://portal.example/feed?p=1> h:next <https://portal.example/feed?p=2> .
        """, base: "https://portal.example/feed?p=1")
        let links = HydraPaging.links(in: g, pageURL: "https://portal.example/elsewhere", requestedURL: "https://portal.example/feed?p=1")
        #expect(links.next == "https://portal.example/feed?p=2")
    }

    @Test func thisPagesViewWinsOverOthers() throws {
        let g = try graph("""
        @prefix hydra: <http://www.w3.org/ns/hydra/core#> .
        <https://p.example/c?page=1> a hydra:PartialCollectionView ; hydra:next <https://p.example/c?page=2> .
        <https://p.example/c?page=5> a hydra:PartialCollectionView ; hydra:next <https://p.example/c?page=6> .
        """, base: "https://p.example/c?page=5")
        #expect(HydraPaging.links(in: g, pageURL: "https://p.example/c?page=5").next == "https://p.example/c?page=6")
    }

    @Test func aDumpHasNoControls() throws {
        let g = try graph("<https://x.example/d> a <http://www.w3.org/ns/dcat#Dataset> .", base: "https://x.example/")
        let links = HydraPaging.links(in: g, pageURL: "https://x.example/")
        #expect(links == HydraLinks())
        var walker = PageWalker(start: "https://x.example/")
        #expect(walker.nextURL() == "https://x.example/")
        walker.record(page: "https://x.example/", links: links, datasets: 1)
        #expect(walker.nextURL() == nil)
        let report = walker.finish()
        #expect(report.stop == .exhausted)
        #expect(report.isComplete)
        #expect(report.warnings.isEmpty)
    }

    // MARK: walking the feed over HTTP

    struct Walk {
        var report: PagingReport
        var urls: [String]
        var iris: [String]
        var errors: [String]
    }

    /// What a run does with a Hydra feed: fetch, parse (format from the media type), map, follow.
    func walk(_ server: TestServer, _ path: String, maxPages: Int = 100) async throws -> Walk {
        let fetcher = TestFetchers.make()
        var walker = PageWalker(start: server.url(path).absoluteString, maxPages: maxPages)
        var out = Walk(report: PagingReport(), urls: [], iris: [], errors: [])
        while let next = walker.nextURL() {
            out.urls.append(next)
            let url = try #require(URL(string: next))
            let page: FetchedPage
            do {
                guard let p = try await fetcher.fetch(FetchRequest(url: url, limits: TestFetchers.limits())).page else {
                    Issue.record("no page")
                    break
                }
                page = p
            } catch {
                walker.fail(page: next, reason: error.description)
                out.errors.append(error.description)
                continue
            }
            defer { page.discard() }
            var g = Graph()
            do {
                try RDFReaders.read(try page.openSource(), mediaType: page.mediaType,
                                    options: ReadOptions(base: page.finalURL.absoluteString), into: &g)
            } catch {
                walker.fail(page: next, reason: "\(error)")
                out.errors.append("\(error)")
                continue
            }
            let datasets = DCATMapper(sourceID: "t", parallel: false).map(g).datasets
            out.iris += datasets.map(\.iri)
            walker.record(page: next, finalURL: page.finalURL.absoluteString,
                          links: HydraPaging.links(in: g, pageURL: page.finalURL.absoluteString, requestedURL: next),
                          datasets: datasets.count)
        }
        out.report = walker.finish()
        return out
    }

    @Test func pagedCollectionDesignInRDFXML() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let w = try await walk(server, "/hydra/paged?page=1")
        #expect(w.urls == (1...3).map { server.url("/hydra/paged?page=\($0)").absoluteString })
        #expect(w.report.pages == 3)
        #expect(w.report.datasetsSeen == 6)
        #expect(Set(w.iris).count == 6)
        #expect(w.report.totalItems == 6)
        #expect(w.report.stop == .exhausted)
        #expect(w.report.isComplete)
        #expect(w.report.warnings.isEmpty, "\(w.report.warnings)")
    }

    @Test func partialCollectionViewDesignReportsATotalItemsMismatch() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let w = try await walk(server, "/hydra/view?page=1")
        #expect(w.report.pages == 2)
        #expect(w.report.datasetsSeen == 4)
        #expect(w.report.totalItems == 5)
        #expect(w.report.isComplete)
        #expect(w.report.warnings == ["the feed claims 5 items (hydra:totalItems) but 4 datasets were seen"])
    }

    @Test func backLinkEndsPagingWithAWarning() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let w = try await walk(server, "/loop?page=1")
        #expect(w.urls.count == 2)
        let first = server.url("/loop?page=1").absoluteString, second = server.url("/loop?page=2").absoluteString
        #expect(w.report.stop == .loop(from: second, to: first))
        #expect(w.report.warnings.contains { $0.contains("#260") && $0.contains(first) })
        // Every item the feed claims was seen before the loop, so the run still counts as complete.
        #expect(w.report.datasetsSeen == 4)
        #expect(w.report.isComplete)
    }

    @Test func loopWithoutATotalIsNotComplete() {
        var walker = PageWalker(start: "https://p.example/1")
        _ = walker.nextURL()
        walker.record(page: "https://p.example/1", links: HydraLinks(design: .pagedCollection, next: "https://p.example/2"), datasets: 3)
        _ = walker.nextURL()
        walker.record(page: "https://p.example/2", links: HydraLinks(design: .pagedCollection, next: "https://p.example/1#top"), datasets: 3)
        #expect(walker.nextURL() == nil)
        let report = walker.finish()
        #expect(report.stop == .loop(from: "https://p.example/2", to: "https://p.example/1#top"))
        #expect(!report.isComplete)
    }

    @Test func pageCapStopsARunawayFeed() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let w = try await walk(server, "/hydra/paged?page=1", maxPages: 2)
        #expect(w.urls.count == 2)
        #expect(w.report.stop == .pageCap(2))
        #expect(!w.report.isComplete)
        #expect(w.report.warnings.first?.contains("max_pages") == true)
    }

    @Test func malformedPageInTheMiddleLeavesTheRunIncomplete() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let w = try await walk(server, "/malformed?page=1")
        #expect(w.urls.count == 2)
        #expect(w.iris.count == 2)
        #expect(!w.report.isComplete)
        guard case .failed(let url, let reason) = w.report.stop else {
            Issue.record("expected a failed page, got \(String(describing: w.report.stop))")
            return
        }
        #expect(url == server.url("/malformed?page=2").absoluteString)
        // The error names the page and the place in it.
        #expect(reason.hasPrefix(url + ":5:"), "\(reason)")
    }

    @Test func failedFetchEndsPagingIncomplete() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let w = try await walk(server, "/missing")
        #expect(w.report.pages == 0)
        #expect(!w.report.isComplete)
        #expect(w.errors.first?.contains("HTTP 404") == true)
    }

    @Test func totalItemsChangingMidRunIsReported() {
        var walker = PageWalker(start: "https://p.example/1")
        _ = walker.nextURL()
        walker.record(page: "https://p.example/1", links: HydraLinks(next: "https://p.example/2", totalItems: 10), datasets: 5)
        _ = walker.nextURL()
        walker.record(page: "https://p.example/2", links: HydraLinks(totalItems: 11), datasets: 5)
        let report = walker.finish()
        #expect(report.totalItems == 11)
        #expect(report.warnings.count == 2)
        #expect(report.warnings[0].contains("changed from 10 to 11"))
    }
}
