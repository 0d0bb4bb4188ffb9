import Foundation
import Testing

/// The server-rendered pages: what a person (or a screen reader) gets without any script.
@Suite struct WebPageTests {
    func page(_ path: String, headers: [(String, String)] = []) async throws -> HTTPResponse {
        let server = try await TestServer.running()
        return try await HTTPClient.get(server.port, path, headers: headers)
    }

    @Test func searchPageHasLabelledFormFacetsAndBadges() async throws {
        let r = try await page("/")
        #expect(r.status == 200 && r.mediaType == "text/html")
        let html = r.text
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(html.contains("<label for=\"q\">"))
        #expect(html.contains("id=\"q\" name=\"q\""))
        #expect(html.contains("class=\"skip\" href=\"#main\""))
        #expect(html.contains("class=\"badge badge-good\""))
        #expect(html.contains("Fietspaden"))
        #expect(html.contains("href=\"/?rating=good\"") || html.contains("rating=good"))
        #expect(!html.contains("<script"))
        let english = try await page("/?lang=en")
        #expect(english.text.contains("<html lang=\"en\">") && english.text.contains("Search datasets"))
        let negotiated = try await page("/", headers: [("Accept-Language", "en-GB,en;q=0.9")])
        #expect(negotiated.text.contains("<html lang=\"en\">"))
    }

    @Test func facetedSearchNarrowsAndOffersRemoval() async throws {
        let all = try await page("/?lang=en")
        let good = try await page("/?lang=en&rating=good")
        #expect(good.status == 200)
        let count = { (html: String) -> Int in html.components(separatedBy: "<li>\n        <span class=\"badge").count - 1 }
        #expect(count(good.text) < count(all.text))
        #expect(good.text.contains("Remove filter"))
        #expect(!good.text.contains("badge badge-bad\">"))
        let unknown = try await page("/?publisher=Nobody")
        #expect(unknown.status == 400)
        #expect(unknown.text.contains("role=\"alert\"") && unknown.text.contains("Nobody"))
    }

    @Test func datasetPageSaysWhatToFixFirst() async throws {
        let server = try await TestServer.running()
        let hit = try await HTTPClient.get(server.port, "/api/v1/datasets?q=bomenregister").json()
        let id = try #require((hit["hits"] as? [[String: Any]])?.first?["id"] as? Int)
        let r = try await page("/datasets/\(id)?lang=en")
        #expect(r.status == 200)
        let html = r.text
        #expect(html.contains("What to fix first"))
        #expect(html.contains("class=\"points\">−"))
        #expect(html.contains("Bomenregister"))
        #expect(html.contains("<svg") && html.contains("role=\"img\""))
        #expect(html.contains("/datasets/\(id).ttl"))
        let turtle = try await page("/datasets/\(id).ttl")
        #expect(turtle.mediaType == "text/turtle" && turtle.text.contains("dcat:Dataset"))
        let missing = try await page("/datasets/999999")
        #expect(missing.status == 404 && missing.mediaType == "text/html")
    }

    @Test func publisherDashboardDrawsThreeCharts() async throws {
        let server = try await TestServer.running()
        let list = try await page("/publishers?lang=en")
        #expect(list.status == 200 && list.text.contains("<th scope=\"col\">"))
        let publishers = try await HTTPClient.get(server.port, "/api/v1/publishers").json()["publishers"] as? [[String: Any]]
        let demo = try #require(publishers?.first { ($0["key"] as? String)?.contains("voorbeeldstad") == true } ?? publishers?.first)
        let id = try #require(demo["id"] as? Int)
        let r = try await page("/publishers/\(id)?lang=en")
        #expect(r.status == 200)
        let html = r.text
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(html.contains("Mean points per dimension") && html.contains("Datasets per rating band") && html.contains("Mean score over harvest runs"))
        #expect(html.contains("<polyline"))
        #expect(html.contains("<desc id=\"runs-desc\">run "))
    }
}
