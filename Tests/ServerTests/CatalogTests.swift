import CatalogStore
import DCAT
import Foundation
import Harvest
import JSONLD
import RDF
import RDFXML
import Testing

/// `/catalog`: the local catalog re-published as DCAT-AP NL 3.0, Hydra-paged, in four serializations.
@Suite struct CatalogTests {
    func read(_ r: HTTPResponse) throws -> Graph {
        var graph = Graph()
        let source = MemoryByteSource(r.body, name: "catalog")
        switch r.mediaType {
        case "text/turtle": try TurtleReader().read(from: source, into: &graph)
        case "application/rdf+xml": try RDFXMLReader().read(from: source, into: &graph)
        case "application/ld+json": try JSONLDReader().read(from: source, into: &graph)
        case "application/n-triples": try NTriplesReader().read(from: source, into: &graph)
        default: throw ClientError(message: "unexpected media type \(r.mediaType ?? "none")")
        }
        return graph
    }

    @Test(arguments: ["ttl", "rdf", "jsonld", "nt"])
    func pagesWalkTheWholeCatalog(ext: String) async throws {
        let server = try await TestServer.running()
        let live = try server.store.liveRecords(offset: 0, limit: 1000)
        let base = "http://127.0.0.1:\(server.port)"
        var url: String? = base + "/catalog.\(ext)?pageSize=2"
        var iris: [String] = []
        var pages = 0
        while let u = url, pages < 20 {
            let r = try await HTTPClient.get(server.port, String(u.dropFirst(base.count)))
            #expect(r.status == 200, "\(u): \(r.text.prefix(300))")
            let graph = try read(r)
            let links = HydraPaging.links(in: graph, pageURL: u)
            #expect(links.design == .partialCollectionView)
            #expect(links.totalItems == live.count)
            #expect(links.first == base + "/catalog.\(ext)?page=1&pageSize=2" || links.first == u)
            let mapped = DCATMapper(sourceID: "again").map(graph)
            #expect(mapped.catalogs.map(\.iri) == [base + "/catalog"])
            #expect(mapped.datasets.count <= 2)
            iris += mapped.datasets.map(\.iri)
            url = links.next
            pages += 1
        }
        #expect(pages == (live.count + 1) / 2)
        #expect(iris.sorted() == live.map(\.dataset.iri).sorted())
    }

    @Test func negotiatedCatalogAndErrors() async throws {
        let server = try await TestServer.running()
        let plain = try await HTTPClient.get(server.port, "/catalog")
        #expect(plain.status == 200 && plain.mediaType == "text/turtle")
        let jsonld = try await HTTPClient.get(server.port, "/catalog", accept: "application/ld+json")
        #expect(jsonld.mediaType == "application/ld+json")
        #expect(Isomorphism.isomorphic(try read(plain).triples, try read(jsonld).triples))
        let html = try await HTTPClient.get(server.port, "/catalog.ttl", accept: "text/html")
        #expect(html.status == 406 && html.mediaType == "application/problem+json")
        let bad = try await HTTPClient.get(server.port, "/catalog.ttl?pageSize=5000")
        #expect(bad.status == 400)
        #expect(try bad.json()["invalidParams"].flatMap { ($0 as? [[String: Any]])?.first?["name"] as? String } == "pageSize")
        let beyond = try await HTTPClient.get(server.port, "/catalog.ttl?page=99")
        #expect(beyond.status == 200)
        let links = HydraPaging.links(in: try read(beyond), pageURL: "http://127.0.0.1:\(server.port)/catalog.ttl?page=99")
        #expect(links.next == nil)
    }

    /// The normalized rendering maps back to the stored models; the harvested rendering gives back the
    /// stored statements themselves (same canonical hash per record).
    @Test func renderingsKeepTheRecords() async throws {
        let server = try await TestServer.running()
        let live = try server.store.liveRecords(offset: 0, limit: 1000)
        let normalized = DCATMapper(sourceID: "n").map(try read(try await HTTPClient.get(server.port, "/catalog.nt?pageSize=1000")))
        // Harvested pages end where two records would share a node: walk them by their next links.
        var harvested: [String: Dataset] = [:]
        var next: String? = "/catalog.nt?pageSize=1000&as=harvested"
        var pages = 0
        while let path = next, pages < 50 {
            let graph = try read(try await HTTPClient.get(server.port, path))
            for d in DCATMapper(sourceID: "h").map(graph).datasets { harvested[d.iri] = d }
            next = HydraPaging.links(in: graph, pageURL: "http://127.0.0.1:\(server.port)" + path).next
                .map { String($0.dropFirst("http://127.0.0.1:\(server.port)".count)) }
            pages += 1
        }
        #expect(pages > 1, "the fixture has records sharing publisher and licence nodes")
        #expect(harvested.count == live.count)
        for r in live {
            let n = try #require(normalized.dataset(r.dataset.iri))
            #expect(n.title == r.dataset.title)
            #expect(n.description == r.dataset.description)
            #expect(n.keywords == r.dataset.keywords)
            #expect(n.euThemeCodes == r.dataset.euThemeCodes)
            #expect(n.publisher?.iri == r.dataset.publisher?.iri)
            #expect(n.publisher?.names == r.dataset.publisher?.names)
            #expect(n.distributions.map(\.accessURLs) == r.dataset.distributions.map(\.accessURLs))
            #expect(n.distributions.map(\.fileTypeCode) == r.dataset.distributions.map(\.fileTypeCode))
            let h = try #require(harvested[r.dataset.iri])
            #expect(h.subgraph.hashHex == r.hash, "\(r.dataset.iri)")
        }
    }
}
