import CatalogStore
import Foundation
import Testing

/// The server remembers search answers and counts until the catalog changes. A write from another process
/// (here: another connection, as the daemon's would be) must show in the very next answer.
@Suite struct FreshnessTests {
    @Test func aWriteFromAnotherProcessShowsInTheNextAnswer() async throws {
        let database = try TestServer.buildFixtureDatabase()
        let server = try await TestServer.start(database: database)
        defer {
            kill(server.pid, SIGTERM)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        }
        func total(_ path: String) async throws -> Int? {
            try await HTTPClient.get(server.port, path).json()["total"] as? Int
        }
        func records() async throws -> Int? {
            try await HTTPClient.get(server.port, "/health").json()["records"] as? Int
        }
        let search = "/api/v1/datasets?q=fietspad"
        #expect(try await total(search) == 1)
        #expect(try await total(search) == 1)  // now from the cache
        let before = try #require(try await records())
        let page = try await HTTPClient.get(server.port, "/?q=fietspad")
        #expect(page.text.lowercased().contains("fietspaden"))
        // Remembered answers are kept per negotiated type: HAL after JSON is still HAL.
        #expect(try await HTTPClient.get(server.port, search, accept: "application/hal+json").mediaType == "application/hal+json")
        #expect(try await HTTPClient.get(server.port, search).mediaType == "application/json")

        let feed = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-fresh-\(UUID()).ttl")
        defer { try? FileManager.default.removeItem(at: feed) }
        try """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            <https://example.org/ds/fietsroutes> a dcat:Dataset ;
                dct:title "Fietspaden langs de Vecht"@nl ;
                dct:description "Fietsroutes."@nl .
            """.write(to: feed, atomically: true, encoding: .utf8)
        let writer = try CatalogStore(path: database)
        try TestServer.storeRun(writer, source: "demo", records: try TestServer.scoredRecords(feed, source: "demo", prefix: "f"),
                                at: Date(timeIntervalSince1970: 1_767_200_000))

        #expect(try await total(search) == 2)
        #expect(try await records() == before + 1)
        let again = try await HTTPClient.get(server.port, "/?q=fietspad")
        #expect(again.text.contains("Fietspaden langs de Vecht"))
    }
}
