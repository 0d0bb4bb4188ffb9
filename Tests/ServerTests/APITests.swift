import CatalogStore
import DCAT
import Foundation
import JSONLD
import RDF
import RDFXML
import Server
import Testing

/// `/api/v1` over real HTTP on loopback: every endpoint, the NL API Design Rules' headers and links, and
/// every error path as `application/problem+json`.
@Suite struct APITests {
    func get(_ path: String, accept: String? = nil, headers: [(String, String)] = []) async throws -> HTTPResponse {
        let server = try await TestServer.running()
        return try await HTTPClient.get(server.port, path, accept: accept, headers: headers)
    }

    /// A 400/404/406 problem: the status, the media type, and the parameter it names.
    func expectProblem(_ r: HTTPResponse, status: Int, parameter: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(r.status == status, "status of \(r.text)", sourceLocation: sourceLocation)
        #expect(r.mediaType == "application/problem+json", sourceLocation: sourceLocation)
        #expect(r.header("API-Version") == "1.0.0", sourceLocation: sourceLocation)
        let body = try r.json()
        #expect(body["status"] as? Int == status, sourceLocation: sourceLocation)
        #expect(body["title"] is String && body["detail"] is String && body["type"] is String, sourceLocation: sourceLocation)
        if let parameter {
            let names = (body["invalidParams"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(names == [parameter], "invalidParams of \(body)", sourceLocation: sourceLocation)
        }
    }

    @Test func healthReportsTheCatalog() async throws {
        let server = try await TestServer.running()
        let r = try await get("/health")
        #expect(r.status == 200)
        let body = try r.json()
        #expect(body["status"] as? String == "ok")
        #expect(body["records"] as? Int == (try server.store.recordCount()))
    }

    @Test func indexLinksEveryCollection() async throws {
        let body = try await get("/api/v1").json()
        let links = try #require(body["_links"] as? [String: [String: String]])
        for name in ["datasets", "publishers", "scores", "sources", "runs", "openapi"] {
            #expect(links[name]?["href"]?.hasSuffix("/api/v1/" + (name == "openapi" ? "openapi.json" : name)) == true, "\(name)")
        }
    }

    @Test func datasetSearchMirrorsTheCLI() async throws {
        let server = try await TestServer.running()
        let r = try await get("/api/v1/datasets?q=fietspad")
        #expect(r.status == 200)
        #expect(r.mediaType == "application/json")
        #expect(r.header("API-Version") == "1.0.0")
        let body = try r.json()
        #expect(body["total"] as? Int == 1)
        let hit = try #require((body["hits"] as? [[String: Any]])?.first)
        #expect(hit["iri"] as? String == "https://data.voorbeeldstad.nl/dataset/fietspaden")
        for key in ["id", "iri", "title", "publisher", "score", "rating", "rank", "source"] { #expect(hit[key] != nil, "hit.\(key)") }
        let selfLink = try #require((hit["_links"] as? [String: [String: String]])?["self"]?["href"])
        #expect(selfLink == "http://127.0.0.1:\(server.port)/api/v1/datasets/\(hit["id"] as? Int ?? -1)")
        let facets = try #require(body["facets"] as? [String: [[String: Any]]])
        for key in ["publisher", "theme", "format", "license", "rating", "source"] { #expect(facets[key] != nil, "facets.\(key)") }

        // The same filters as `oogst search`, combined.
        let all = try await get("/api/v1/datasets").json()["total"] as? Int ?? 0
        #expect(all == (try server.store.recordCount()))
        let good = try await get("/api/v1/datasets?rating=good&source=demo").json()
        #expect((good["hits"] as? [[String: Any]])?.allSatisfy { $0["rating"] as? String == "good" && $0["source"] as? String == "demo" } == true)
        let nl30 = try await get("/api/v1/datasets?source=nl30&sort=score&minScore=1").json()
        let scores = (nl30["hits"] as? [[String: Any]])?.compactMap { $0["score"] as? Int } ?? []
        #expect(!scores.isEmpty && scores == scores.sorted(by: >))
        let hal = try await get("/api/v1/datasets", accept: "application/hal+json")
        #expect(hal.mediaType == "application/hal+json")
    }

    @Test func pagesLinkFirstPrevNextLast() async throws {
        let server = try await TestServer.running()
        let total = try server.store.recordCount()
        #expect(total >= 3)
        let first = try await get("/api/v1/datasets?sort=score&pageSize=1")
        let body = try first.json()
        #expect(body["page"] as? Int == 1 && body["pageSize"] as? Int == 1)
        let links = try #require(body["_links"] as? [String: [String: String]])
        #expect(links["prev"] == nil)
        #expect(links["last"]?["href"]?.contains("page=\(total)") == true)
        #expect(first.header("Link")?.contains("rel=\"next\"") == true)
        // Walk the next links to the end: every record once, in score order, and the last page has no next.
        var seen: [Int] = []
        var next = links["next"]?["href"]
        seen += (body["hits"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } ?? []
        while let href = next {
            let path = String(href.dropFirst("http://127.0.0.1:\(server.port)".count))
            let page = try await get(path).json()
            #expect(page["_links"].flatMap { ($0 as? [String: Any])?["prev"] } != nil)
            seen += (page["hits"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } ?? []
            next = ((page["_links"] as? [String: [String: String]])?["next"])?["href"]
        }
        #expect(seen.count == total && Set(seen).count == total)
    }

    @Test func badParametersAre400NamingTheParameter() async throws {
        try expectProblem(try await get("/api/v1/datasets?pageSize=0"), status: 400, parameter: "pageSize")
        try expectProblem(try await get("/api/v1/datasets?pageSize=101"), status: 400, parameter: "pageSize")
        try expectProblem(try await get("/api/v1/datasets?pageSize=ten"), status: 400, parameter: "pageSize")
        try expectProblem(try await get("/api/v1/datasets?page=0"), status: 400, parameter: "page")
        try expectProblem(try await get("/api/v1/datasets?minScore=406"), status: 400, parameter: "minScore")
        try expectProblem(try await get("/api/v1/datasets?rating=great"), status: 400, parameter: "rating")
        try expectProblem(try await get("/api/v1/datasets?sort=sideways"), status: 400, parameter: "sort")
        try expectProblem(try await get("/api/v1/datasets?modifiedSince=yesterday"), status: 400, parameter: "modifiedSince")
        try expectProblem(try await get("/api/v1/datasets?pagesize=5"), status: 400, parameter: "pagesize")
        // A facet value that names nothing in the catalog.
        let unknown = try await get("/api/v1/datasets?publisher=Nobody%20at%20all")
        try expectProblem(unknown, status: 400, parameter: "publisher")
        #expect((try unknown.json()["detail"] as? String)?.contains("no publisher 'Nobody at all' in the catalog") == true)
        try expectProblem(try await get("/api/v1/datasets?theme=NOPE"), status: 400, parameter: "theme")
        try expectProblem(try await get("/api/v1/scores?by=colour"), status: 400, parameter: "by")
        try expectProblem(try await get("/api/v1/runs?source=nowhere"), status: 400, parameter: "source")
        try expectProblem(try await get("/api/v1/publishers?pageSize=501"), status: 400, parameter: "pageSize")
    }

    @Test func unknownIDsAre404() async throws {
        try expectProblem(try await get("/api/v1/datasets/999999"), status: 404)
        try expectProblem(try await get("/api/v1/datasets/" + QueryString.encode("https://nowhere.example/ds")), status: 404)
        try expectProblem(try await get("/api/v1/publishers/999999"), status: 404)
        try expectProblem(try await get("/api/v1/publishers/abc/scores"), status: 404)
        try expectProblem(try await get("/api/v1/nothing-here"), status: 404)
    }

    @Test func acceptIsNegotiated() async throws {
        // Nothing we can serve: 406 naming what we can.
        let png = try await get("/api/v1/datasets", accept: "image/png")
        try expectProblem(png, status: 406)
        #expect((try png.json()["detail"] as? String)?.contains("application/json") == true)
        try expectProblem(try await get("/api/v1/datasets/1", accept: "text/csv"), status: 406)
        // Malformed: 400 naming the header.
        try expectProblem(try await get("/api/v1/datasets", accept: "json"), status: 400, parameter: "Accept")
        try expectProblem(try await get("/api/v1/datasets", accept: "application/json;q=high"), status: 400, parameter: "Accept")
        try expectProblem(try await get("/api/v1/datasets", accept: "*/json"), status: 400, parameter: "Accept")
        // q-values decide; */* takes the server's first choice.
        let id = try await firstID()
        #expect(try await get("/api/v1/datasets/\(id)", accept: "text/turtle;q=0.5, application/ld+json").mediaType == "application/ld+json")
        #expect(try await get("/api/v1/datasets/\(id)", accept: "*/*").mediaType == "application/json")
        #expect(try await get("/api/v1/datasets/\(id)", accept: "text/html, application/n-triples;q=0.9").mediaType == "application/n-triples")
    }

    func firstID(iri: String = "https://data.voorbeeldstad.nl/dataset/fietspaden") async throws -> Int {
        let body = try await get("/api/v1/datasets?q=fietspad").json()
        return try #require((body["hits"] as? [[String: Any]])?.first?["id"] as? Int)
    }

    @Test func datasetRecordHasScoreFindingsAndWhatToFixFirst() async throws {
        let id = try await firstID()
        let r = try await get("/api/v1/datasets/\(id)")
        #expect(r.status == 200)
        let body = try r.json()
        #expect(body["iri"] as? String == "https://data.voorbeeldstad.nl/dataset/fietspaden")
        let score = try #require(body["score"] as? [String: Any])
        #expect(score["total"] as? Int == 295 && score["max"] as? Int == 405)
        // Its only lost points are indicators not checked yet (links, shapes): nothing to fix in the metadata.
        let findings = try #require(body["findings"] as? [[String: Any]])
        #expect(findings.contains { ($0["points_lost"] as? Int ?? 0) > 0 })
        #expect(body["fix_first"] as? [String] == [])
        // A poorer record: what costs points, most points first, and no unchecked indicator among them.
        let poor = try await get("/api/v1/datasets?q=bomenregister").json()
        let poorID = try #require((poor["hits"] as? [[String: Any]])?.first?["id"] as? Int)
        let poorBody = try await get("/api/v1/datasets/\(poorID)").json()
        let poorFindings = try #require(poorBody["findings"] as? [[String: Any]])
        let fixFirst = try #require(poorBody["fix_first"] as? [String])
        let lost = Dictionary(poorFindings.map { ($0["id"] as? String ?? "", $0["points_lost"] as? Int ?? 0) }, uniquingKeysWith: max)
        let unchecked = Set((poorBody["indicators"] as? [[String: Any]] ?? []).filter { $0["status"] as? String == "unchecked" }.compactMap { $0["id"] as? String })
        #expect(fixFirst.count >= 2)
        #expect(fixFirst.map { lost[$0] ?? -1 } == fixFirst.map { lost[$0] ?? -1 }.sorted(by: >))
        #expect(fixFirst.allSatisfy { (lost[$0] ?? 0) > 0 && !unchecked.contains($0) })
        #expect(findings.allSatisfy { ($0["remedy"] as? String) != nil })
        let history = try #require(body["history"] as? [[String: Any]])
        #expect(history.count == 2, "run 1 without keywords, run 2 with")
        #expect((history.first?["total"] as? Int ?? 0) < (history.last?["total"] as? Int ?? 0))
        let links = try #require(body["_links"] as? [String: [String: String]])
        #expect(links["publisher"]?["href"]?.contains("/api/v1/publishers/") == true)
        // By IRI, percent-encoded in the path.
        let byIRI = try await get("/api/v1/datasets/" + QueryString.encode("https://data.voorbeeldstad.nl/dataset/fietspaden")).json()
        #expect(byIRI["id"] as? Int == id)
    }

    /// Each RDF serialization reads back (through our own readers) into the same graph, and maps to the
    /// stored dataset.
    @Test func datasetDescriptionInEveryRDFFormat() async throws {
        let server = try await TestServer.running()
        let id = try await firstID()
        var graphs: [String: [Triple]] = [:]
        for type in ["text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples"] {
            let r = try await get("/api/v1/datasets/\(id)", accept: type)
            #expect(r.status == 200)
            #expect(r.mediaType == type)
            #expect(r.header("Vary")?.contains("Accept") == true)
            var sink = QuadCollector()
            let source = MemoryByteSource(r.body, name: type)
            switch type {
            case "text/turtle": try TurtleReader().read(from: source, into: &sink)
            case "application/rdf+xml": try RDFXMLReader().read(from: source, into: &sink)
            case "application/ld+json": try JSONLDReader().read(from: source, into: &sink)
            default: try NTriplesReader().read(from: source, into: &sink)
            }
            graphs[type] = sink.triples
        }
        let nt = try #require(graphs["application/n-triples"])
        for (type, triples) in graphs { #expect(Isomorphism.isomorphic(triples, nt), "\(type) differs from N-Triples") }
        let stored = try #require(try server.store.records(matching: "\(id)").first)
        let mapped = try #require(DCATMapper(sourceID: "x").map(Graph(nt)).datasets.first)
        #expect(mapped.iri == stored.iri)
        #expect(mapped.title == stored.dataset.title)
        #expect(mapped.keywords == stored.dataset.keywords)
        #expect(mapped.distributions.count == stored.dataset.distributions.count)
    }

    @Test func publishersAggregatesAndHistory() async throws {
        let body = try await get("/api/v1/publishers").json()
        let publishers = try #require(body["publishers"] as? [[String: Any]])
        #expect(body["total"] as? Int == publishers.count && !publishers.isEmpty)
        let counts = publishers.compactMap { $0["datasets"] as? Int }
        #expect(counts == counts.sorted(by: >))
        // The demo publisher had two runs: the second (with keywords) scores higher.
        let record = try await get("/api/v1/datasets/\(try await firstID())").json()
        let publisherHref = try #require((record["_links"] as? [String: [String: String]])?["publisher"]?["href"])
        let id = try #require(publisherHref.split(separator: "/").last.flatMap { Int($0) })
        let entry = try #require(publishers.first { $0["id"] as? Int == id })
        let detail = try await get("/api/v1/publishers/\(id)").json()
        let dims = try #require(detail["dimensions"] as? [String: Double])
        #expect(Set(dims.keys) == ["findability", "accessibility", "interoperability", "reusability", "contextuality"])
        #expect((detail["fixes"] as? [[String: Any]])?.isEmpty == false)
        let bands = try #require(detail["bands"] as? [String: Int])
        #expect(bands.values.reduce(0, +) == entry["datasets"] as? Int)
        let scores = try await get("/api/v1/publishers/\(id)/scores").json()
        let history = try #require(scores["history"] as? [[String: Any]])
        #expect(history.count == 2)
        let means = history.compactMap { $0["mean_score"] as? Double }
        #expect(means.count == 2 && means[0] < means[1])
        #expect(means.last == entry["mean_score"] as? Double)
    }

    @Test func scoresAsJSONCSVAndDQV() async throws {
        let server = try await TestServer.running()
        let total = try server.store.recordCount()
        let json = try await get("/api/v1/scores?pageSize=2").json()
        #expect(json["total"] as? Int == total)
        #expect((json["datasets"] as? [[String: Any]])?.count == min(2, total))
        let grouped = try await get("/api/v1/scores?by=source").json()
        #expect((grouped["groups"] as? [[String: Any]])?.compactMap { $0["key"] as? String }.sorted() == ["demo", "nl30"])

        let csv = try await get("/api/v1/scores", accept: "text/csv")
        #expect(csv.status == 200 && csv.mediaType == "text/csv")
        let lines = csv.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == ScoreCSV.datasetHeader.joined(separator: ","))
        #expect(lines.count == total + 1)
        let byPublisher = try await get("/api/v1/scores?by=publisher", accept: "text/csv")
        #expect(byPublisher.text.hasPrefix(ScoreCSV.groupHeader.joined(separator: ",")))

        let dqv = try await get("/api/v1/scores?source=demo", accept: "text/turtle")
        #expect(dqv.status == 200 && dqv.mediaType == "text/turtle")
        let triples = try TurtleReader().read(dqv.text)
        #expect(triples.contains { (t: Triple) in t.object == Term.iri(NS.dqv["QualityMeasurement"]) })
        try expectProblem(try await get("/api/v1/scores?by=publisher", accept: "text/turtle"), status: 400, parameter: "by")
    }

    @Test func sourcesAndRuns() async throws {
        let sources = try #require(try await get("/api/v1/sources").json()["sources"] as? [[String: Any]])
        #expect(sources.compactMap { $0["id"] as? String } == ["demo", "nl30"])
        #expect(sources.first { $0["id"] as? String == "demo" }?["datasets"] as? Int == 3)
        let demoLastRun = sources.first { $0["id"] as? String == "demo" }?["last_run"] as? [String: Any]
        #expect(demoLastRun?["status"] as? String == "succeeded")
        let runs = try await get("/api/v1/runs").json()
        #expect(runs["total"] as? Int == 3)
        let ids = (runs["runs"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } ?? []
        #expect(ids == ids.sorted(by: >) && ids.count == 3)
        let demoRuns = try await get("/api/v1/runs?source=demo&pageSize=1&page=2").json()
        #expect(demoRuns["total"] as? Int == 2)
        #expect((demoRuns["runs"] as? [[String: Any]])?.first?["id"] as? Int == ids.last)
    }

    @Test func corsForConfiguredOriginsOnly() async throws {
        let allowed = try await get("/api/v1/datasets", headers: [("Origin", "https://portal.example.nl")])
        #expect(allowed.header("Access-Control-Allow-Origin") == "https://portal.example.nl")
        #expect(allowed.header("Access-Control-Expose-Headers")?.contains("API-Version") == true)
        let other = try await get("/api/v1/datasets", headers: [("Origin", "https://evil.example")])
        #expect(other.header("Access-Control-Allow-Origin") == nil)
        let server = try await TestServer.running()
        let preflight = try await HTTPClient.request(port: server.port, method: "OPTIONS", path: "/api/v1/datasets",
                                                     headers: [("Origin", "https://portal.example.nl"), ("Access-Control-Request-Method", "GET")])
        #expect(preflight.status == 204)
        #expect(preflight.header("Access-Control-Allow-Methods")?.contains("GET") == true)
        #expect(preflight.header("Access-Control-Allow-Origin") == "https://portal.example.nl")
    }

    @Test func readOnlyMethodsAndHead() async throws {
        let server = try await TestServer.running()
        let post = try await HTTPClient.request(port: server.port, method: "POST", path: "/api/v1/datasets")
        try expectProblem(post, status: 405)
        #expect(post.header("Allow") == "GET, HEAD, OPTIONS")
        let head = try await HTTPClient.request(port: server.port, method: "HEAD", path: "/api/v1/datasets")
        #expect(head.status == 200 && head.body.isEmpty)
    }
}
