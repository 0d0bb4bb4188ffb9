import CatalogStore
import DCAT
import Foundation
import Harvest
import Testing

/// Oogst harvests its own `/catalog` (Hydra-paged, over HTTP) into a second database.
@Suite struct RoundTripTests {
    func harvest(port: Int, path: String, into db: String, source: String) async throws -> (CatalogStore, RunReport) {
        let store = try CatalogStore(path: db)
        var http = HTTPSettings()
        http.hostInterval = 0
        http.retries = 0
        let config = HarvestConfig(contact: "tests@oogst.invalid", http: http, withdrawalGuardShare: 1,
                                   sources: [SourceConfig(id: source, url: try #require(URL(string: "http://127.0.0.1:\(port)\(path)")))])
        let outcome = await HarvestRunner(config: config, store: store).run(try #require(config.sources.first))
        return (store, outcome.report)
    }

    func hashes(_ store: CatalogStore) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try store.liveRecords(offset: 0, limit: 10_000).map { ($0.dataset.iri, $0.hash) })
    }

    /// As harvested: the second database has the same records with the same canonical hashes.
    @Test func mirrorKeepsIRIsAndHashes() async throws {
        let server = try await TestServer.running()
        let db = TestServer.temporaryDatabase("mirror")
        let (mirror, report) = try await harvest(port: server.port, path: "/catalog.ttl?pageSize=2&as=harvested", into: db, source: "oogst")
        #expect(report.status == .succeeded, "\(report)")
        #expect(report.pages >= (try server.store.recordCount() + 1) / 2)
        let original = try hashes(server.store)
        let copy = try hashes(mirror)
        #expect(Set(copy.keys) == Set(original.keys))
        for (iri, hash) in original { #expect(copy[iri] == hash, "\(iri)") }
    }

    /// As DCAT-AP NL 3.0 (the default): the same IRIs and models; and re-publishing the copy gives the
    /// copy's hashes again (normalization is a fixed point), in every serialization.
    @Test(arguments: ["ttl", "rdf", "jsonld", "nt"])
    func normalizedRepublicationIsAFixedPoint(ext: String) async throws {
        let server = try await TestServer.running()
        let (second, report2) = try await harvest(port: server.port, path: "/catalog.\(ext)?pageSize=2", into: TestServer.temporaryDatabase("second-\(ext)"), source: "oogst")
        #expect(report2.status == .succeeded, "\(report2)")
        let original = try server.store.liveRecords(offset: 0, limit: 10_000)
        let copies = Dictionary(uniqueKeysWithValues: try second.liveRecords(offset: 0, limit: 10_000).map { ($0.dataset.iri, $0) })
        #expect(Set(copies.keys) == Set(original.map(\.dataset.iri)))
        for r in original {
            guard let c = copies[r.dataset.iri] else { continue }
            #expect(c.dataset.title == r.dataset.title && c.dataset.keywords == r.dataset.keywords)
            #expect(c.dataset.distributions.count == r.dataset.distributions.count)
        }
        let secondServer = try await TestServer.start(database: second.path)
        let (third, report3) = try await harvest(port: secondServer.port, path: "/catalog.\(ext)?pageSize=2", into: TestServer.temporaryDatabase("third-\(ext)"), source: "oogst")
        #expect(report3.status == .succeeded)
        #expect(try hashes(third) == (try hashes(second)))
    }
}
