import DCAT
import Foundation
import Harvest
import RDF
import Testing

@Suite("CKAN API")
struct CKANTests {
    static let fixture = TestServer.fixtures.appendingPathComponent("ckan-package-search.json")
    static let translator = CKANPackageTranslator(site: "https://data.overheid.nl/data",
                                                  datasetIRITemplate: "https://data.overheid.nl/dataset/{name}")

    func map(_ data: Data, translator: CKANPackageTranslator = CKANTests.translator) throws -> (CKANPage, DCATMappingResult) {
        var graph = Graph()
        let page = try translator.translate(data: data, source: "fixture", into: &graph)
        return (page, DCATMapper(sourceID: "ckan", parallel: false).map(graph))
    }

    @Test func pageURLsKeepFiltersAndAddAStableSort() throws {
        let endpoint = try #require(URL(string: "https://data.overheid.nl/data/api/3/action/package_search?fq=organization:cbs&rows=5"))
        let url = CKANPager.pageURL(endpoint: endpoint, rows: 1000, start: 2000)
        let items = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems)
        #expect(items.first { $0.name == "fq" }?.value == "organization:cbs")
        #expect(items.first { $0.name == "sort" }?.value == "name asc")
        #expect(items.filter { $0.name == "rows" }.map(\.value) == ["1000"])
        #expect(items.first { $0.name == "start" }?.value == "2000")

        let sorted = try #require(URL(string: "https://x.example/api/3/action/package_search?sort=metadata_modified%20desc"))
        let again = try #require(URLComponents(url: CKANPager.pageURL(endpoint: sorted, rows: 10, start: 0), resolvingAgainstBaseURL: false)?.queryItems)
        #expect(again.filter { $0.name == "sort" }.map(\.value) == ["metadata_modified desc"])

        #expect(CKANPackageTranslator.site(ofEndpoint: try #require(URL(string: "https://data.overheid.nl/data/api/3/action/package_search?q=x")))
                == "https://data.overheid.nl/data")
    }

    @Test func donlPackageMapsToTheModel() throws {
        let (page, result) = try map(Data(contentsOf: CKANTests.fixture))
        #expect(page.count == 3)
        #expect(page.packages == 3)
        #expect(page.skipped.isEmpty)
        #expect(page.datasetIRIs == ["https://data.overheid.nl/dataset/afvalinzameling-voorbeeldstad",
                                     "https://data.overheid.nl/dataset/bomen-core-ckan",
                                     "https://data.overheid.nl/dataset/alleen-een-titel"])
        #expect(result.datasets.count == 3)

        let d = try #require(result.dataset("https://data.overheid.nl/dataset/afvalinzameling-voorbeeldstad"))
        #expect(d.title["nl"] == "Afvalinzameling Voorbeeldstad")
        #expect(d.description["nl"] == "Ophaaldagen en inzamelpunten van huishoudelijk afval.")
        #expect(d.identifiers == ["https://data.voorbeeldstad.example/id/dataset/afvalinzameling"])
        #expect(Set(d.keywords.values(in: "nl")) == ["afval", "containers"])
        #expect(d.themes.compactMap(\.iri).contains("http://standaarden.overheid.nl/owms/terms/Afval_(thema)"))
        #expect(d.themes.count == 2)
        #expect(d.publisher?.iri == "http://standaarden.overheid.nl/owms/terms/Voorbeeldstad")
        #expect(d.authority?.iri == "http://standaarden.overheid.nl/owms/terms/Voorbeeldstad")
        let contact = try #require(d.contactPoints.first)
        #expect(contact.names[nil] == "Servicecentrum Voorbeeldstad")
        #expect(contact.emails == ["mailto:opendata@voorbeeldstad.example"])
        #expect(d.accessRights?.iri == "http://publications.europa.eu/resource/authority/access-right/PUBLIC")
        #expect(d.accrualPeriodicity?.iri == "http://publications.europa.eu/resource/authority/frequency/WEEKLY")
        #expect(d.modified?.value.hasPrefix("2024-05-01") == true)
        #expect(d.issued?.value.hasPrefix("2019-03-01") == true)
        #expect(d.languages == ["http://publications.europa.eu/resource/authority/language/NLD"])
        #expect(d.landingPages == ["https://data.voorbeeldstad.example/afval"])
        #expect(d.temporal.first?.start?.value.hasPrefix("2019-01-01") == true)
        #expect(d.spatial.count == 2)
        #expect(d.legalFoundation?.reference == "jci1.3:c:BWBR0003245&hoofdstuk=10")
        #expect(d.version == "2024.2")

        #expect(d.distributions.count == 2)
        let csv = try #require(d.distributions.first { $0.iri?.hasSuffix("/resource/a0000000-0000-4000-8000-00000000000a") == true })
        #expect(csv.title["nl"] == "Inzamelpunten (CSV)")
        #expect(csv.accessURLs == ["https://data.voorbeeldstad.example/afval/inzamelpunten.csv"])
        #expect(csv.downloadURLs == ["https://data.voorbeeldstad.example/afval/inzamelpunten.csv"])
        #expect(csv.format?.iri == "http://publications.europa.eu/resource/authority/file-type/CSV")
        #expect(csv.mediaType?.hasSuffix("text/csv") == true)
        #expect(csv.byteSize == 48213)
        #expect(csv.license?.iri != nil)
        #expect(csv.checksum?.value == "9e107d9d372bb6826bd81d3542a419d6")
        let api = try #require(d.distributions.first { $0.iri?.hasSuffix("b") == true })
        #expect(api.rights.count == 1)
        #expect(api.downloadURLs.isEmpty)
    }

    @Test func coreCKANFieldsAndExtrasAreRead() throws {
        let (_, result) = try map(Data(contentsOf: CKANTests.fixture))
        let d = try #require(result.dataset("https://data.overheid.nl/dataset/bomen-core-ckan"))
        // Theme and modified only in `extras`, the theme list JSON-encoded as CKAN keeps it.
        #expect(d.themes.compactMap(\.iri) == ["http://standaarden.overheid.nl/owms/terms/Natuur_en_milieu"])
        #expect(d.modified?.value == "2023-11-20")
        #expect(d.publisher?.names.best() == "Gemeente Voorbeeldstad")
        #expect(d.contactPoints.first?.emails == ["mailto:groen@voorbeeldstad.example"])
        #expect(Set(d.keywords.values(in: nil)) == ["bomen", "groen"])
        let dist = try #require(d.distributions.first)
        #expect(dist.mediaType == "https://www.iana.org/assignments/media-types/application/geo+json")
        #expect(dist.byteSize == 1_048_576)
        #expect(dist.format != nil)

        let bare = try #require(result.dataset("https://data.overheid.nl/dataset/alleen-een-titel"))
        #expect(bare.title.best() == "Alleen een titel")
        #expect(bare.distributions.isEmpty)
    }

    @Test func canonicalHashDoesNotDependOnThePagePosition() throws {
        let data = try Data(contentsOf: CKANTests.fixture)
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var result = try #require(json["result"] as? [String: Any])
        result["results"] = Array(((result["results"] as? [Any]) ?? []).reversed())
        json["result"] = result
        let reversed = try JSONSerialization.data(withJSONObject: json)

        let (_, a) = try map(data)
        let (_, b) = try map(reversed)
        #expect(a.datasets.count == 3)
        for d in a.datasets {
            let other = try #require(b.dataset(d.iri))
            #expect(other.subgraph.hashHex == d.subgraph.hashHex, "\(d.iri)")
            #expect(other.subgraph.tripleCount >= 2)
        }
        // And a changed field changes the hash.
        let edited = try #require(String(data: data, encoding: .utf8)?.replacingOccurrences(of: "Afvalinzameling Voorbeeldstad", with: "Afvalinzameling"))
        let (_, c) = try map(Data(edited.utf8))
        let first = "https://data.overheid.nl/dataset/afvalinzameling-voorbeeldstad"
        #expect(c.dataset(first)?.subgraph.hashHex != a.dataset(first)?.subgraph.hashHex)
    }

    @Test func defaultDatasetIRIsComeFromTheSite() throws {
        let (page, _) = try map(Data(contentsOf: CKANTests.fixture), translator: CKANPackageTranslator(site: "https://ckan.example/"))
        #expect(page.datasetIRIs.first == "https://ckan.example/dataset/afvalinzameling-voorbeeldstad")
        let byID = CKANPackageTranslator(site: "https://ckan.example", datasetIRITemplate: "https://ckan.example/id/{id}")
        let (p2, _) = try map(Data(contentsOf: CKANTests.fixture), translator: byID)
        #expect(p2.datasetIRIs.last == "https://ckan.example/id/6f1c2a10-0000-4000-8000-000000000003")
    }

    @Test(arguments: [
        ("{\"success\": false, \"error\": {\"message\": \"Search query could not be parsed\"}}", "CKAN reported an error: Search query could not be parsed"),
        ("<html>Service Unavailable</html>", "not JSON"),
        ("[1, 2]", "expected a JSON object"),
        ("{\"success\": true, \"result\": {\"count\": 1}}", "result.results is missing"),
    ])
    func answersThatAreNoPackageSearchAreRefused(body: String, words: String) {
        var graph = Graph()
        do {
            _ = try CKANTests.translator.translate(data: Data(body.utf8), source: "https://ckan.example/api/3/action/package_search", into: &graph)
            Issue.record("accepted \(body)")
        } catch {
            #expect("\(error)".hasPrefix("https://ckan.example/api/3/action/package_search: "))
            #expect("\(error)".contains(words), "\(error)")
        }
        #expect(graph.isEmpty)
    }

    @Test func packagesWithoutANameAreSkippedWithAReason() throws {
        let body = "{\"success\": true, \"result\": {\"count\": 2, \"results\": [{\"title\": \"no name\"}, {\"name\": \"ok\", \"title\": \"OK\"}, 7]}}"
        let (page, result) = try map(Data(body.utf8))
        #expect(page.packages == 3)
        #expect(page.datasetIRIs == ["https://data.overheid.nl/dataset/ok"])
        #expect(page.skipped.count == 2)
        #expect(page.skipped[0].contains("results[0]"))
        #expect(result.datasets.count == 1)
    }

    // MARK: paging

    @Test func pagingOverHTTPUntilTheCountIsReached() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let fetcher = TestFetchers.make()
        let endpoint = server.url("/ckan/api/3/action/package_search")
        let translator = CKANPackageTranslator(site: CKANPackageTranslator.site(ofEndpoint: endpoint))
        var pager = CKANPager(endpoint: endpoint, rows: 2)
        var graph = Graph()
        var urls: [URL] = []
        while let url = pager.nextURL() {
            urls.append(url)
            let page = try #require(try await fetcher.fetch(FetchRequest(url: url, accept: FetchRequest.jsonAccept, limits: TestFetchers.limits())).page)
            defer { page.discard() }
            #expect(page.mediaType == "application/json")
            let result = try translator.translate(file: page.file, source: url.absoluteString, into: &graph)
            pager.record(page: url, count: result.count, packages: result.packages)
        }
        let report = pager.finish()
        #expect(urls.count == 2)
        #expect(urls.map { URLComponents(url: $0, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "start" }?.value } == ["0", "2"])
        #expect(report.stop == .exhausted)
        #expect(report.isComplete)
        #expect(report.totalItems == 3)
        #expect(report.datasetsSeen == 3)
        #expect(report.warnings.isEmpty)
        let datasets = DCATMapper(sourceID: "ckan", parallel: false).map(graph).datasets
        #expect(datasets.map(\.iri).sorted() == ["afvalinzameling-voorbeeldstad", "alleen-een-titel", "bomen-core-ckan"].map { "\(translator.site)/dataset/\($0)" })
    }

    @Test func ckanErrorStatusIsNotRetried() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let recorder = RecordingSleeper()
        do {
            _ = try await TestFetchers.make(recorder).fetch(FetchRequest(url: server.url("/ckan-broken/api/3/action/package_search"), accept: FetchRequest.jsonAccept, limits: TestFetchers.limits()))
            Issue.record("a 409 was accepted")
        } catch {
            #expect(error.reason == .http(409))
            #expect(recorder.delays.isEmpty)
        }
    }

    @Test func pagerStopsShortOfTheCountAsIncomplete() throws {
        let endpoint = try #require(URL(string: "https://ckan.example/api/3/action/package_search"))
        var pager = CKANPager(endpoint: endpoint, rows: 10)
        let first = pager.nextURL()
        #expect(pager.nextURL() == nil, "one page in flight at a time")
        pager.record(page: try #require(first), count: 25, packages: 10)
        let second = pager.nextURL()
        pager.record(page: try #require(second), count: 26, packages: 0)
        #expect(pager.nextURL() == nil)
        let report = pager.finish()
        #expect(!report.isComplete)
        #expect(report.warnings.contains { $0.contains("changed from 25 to 26") })
        guard case .failed(_, let reason) = report.stop else {
            Issue.record("expected an incomplete stop")
            return
        }
        #expect(reason.contains("26 were announced"))
    }

    @Test func pagerWithoutACountStopsOnAShortPageAndCapsPages() throws {
        let endpoint = try #require(URL(string: "https://ckan.example/api/3/action/package_search"))
        var pager = CKANPager(endpoint: endpoint, rows: 10)
        let p1 = pager.nextURL()
        pager.record(page: try #require(p1), count: nil, packages: 10)
        let p2 = pager.nextURL()
        pager.record(page: try #require(p2), count: nil, packages: 4)
        #expect(pager.nextURL() == nil)
        #expect(pager.finish().stop == .exhausted)

        var capped = CKANPager(endpoint: endpoint, rows: 10, maxPages: 1)
        let c1 = capped.nextURL()
        capped.record(page: try #require(c1), count: 100, packages: 10)
        #expect(capped.nextURL() == nil)
        #expect(capped.finish().stop == .pageCap(1))
    }
}
