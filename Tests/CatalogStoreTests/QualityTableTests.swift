import DCAT
import Foundation
import GRDB
import Quality
import RDF
import RDFIO
import Testing
import TestSupport
@testable import CatalogStore

/// The stored form of a record's score: the `validate` JSON entry's values in a binary layout.
@Suite struct QualityTableTests {
    /// What a score stores is what its Codable JSON says (publisher IRI, catalog and distribution counts
    /// are not part of it): the same JSON after a trip through the table.
    func storedJSON(_ q: DatasetQuality) throws -> [UInt8] { try CompactJSONEncoder().encode(q) }

    @Test func everyFixtureAndSampleScoreRoundTrips() throws {
        let (datasets, withSamples) = try SampleDatasets.all()
        var statuses = Set<String>(), severities = Set<String>()
        for (path, d) in datasets {
            let q = Scorer().score(d)
            let back = try QualityTable.decode(QualityTable.encode(q))
            #expect(try storedJSON(back) == (try storedJSON(q)), "\(path) \(d.iri)")
            #expect(back.score.rating == q.score.rating)
            statuses.formUnion(q.indicators.map(\.status.rawValue))
            severities.formUnion(q.findings.map(\.severity.rawValue))
        }
        let checked = datasets.count
        #expect(checked >= (withSamples ? 200 : 20))
        // Every code of the layout was exercised.
        #expect(statuses.isSuperset(of: ["passed", "failed", "unchecked"]))
        #expect(severities == ["violation", "warning", "info"])
    }

    @Test func partialStatusAndUnicodeTextRoundTrip() throws {
        let q = DatasetQuality(
            iri: "https://example.org/ds/é", title: "Fietspaden 🚲", publisher: "Gemeente \"Voorbeeld\"",
            score: QualityScore(total: 215, dimensions: [.findability: 80, .accessibility: 50, .interoperability: 40,
                                                         .reusability: 40, .contextuality: 5]),
            indicators: [IndicatorResult(id: "formatAvailability", dimension: .interoperability, points: 13, max: 20, status: .partial)],
            findings: [Finding(id: "formatAvailability", severity: .warning, path: "dcat:distribution/dct:format",
                               message: "1 of 3 distributions pass.\nFailing: a, b.", remedy: "Voeg dct:format toe.", pointsLost: 7)])
        let back = try QualityTable.decode(QualityTable.encode(q))
        #expect(try storedJSON(back) == (try storedJSON(q)))
        #expect(back.score.rating == .sufficient)
    }

    @Test func damagedTablesThrowInsteadOfCrashing() throws {
        let d = try #require(try Feed.records(Feed.dataset("a", title: "Bomen", format: "CSV")).first)
        expectDamagedTablesRefused(QualityTable.encode(d.quality), badVersion: 2) { _ = try QualityTable.decode($0) }
        // A count far beyond the bytes left is refused before anything is reserved.
        #expect(throws: BlobError.self) { _ = try QualityTable.decode([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0x7F]) }
    }

    /// Scores stored as JSON by earlier versions read as before, and rescoring does not count one that
    /// still says the same as changed.
    @Test func scoresStoredAsJSONStillReadAndAreNotRescoredForTheirFormat() throws {
        let (t, _) = try TemporaryStore.with(Feed.dataset("a", title: "Bomen", format: "CSV"))
        let current = try #require(try t.store.records(matching: "https://example.org/ds/a").first)
        let stored = try t.store.read { db in try Data.fetchOne(db, sql: "SELECT result FROM score") }
        #expect(BlobCodec.dictionary(of: try #require(stored)) == .qualityTableV1)
        let json = try CompactJSONEncoder().encode(current.quality)
        try t.store.write { db in
            try db.execute(sql: "UPDATE score SET result = ?", arguments: [BlobCodec.pack(json, dictionary: .qualityV1)])
        }
        let read = try #require(try t.store.records(matching: "https://example.org/ds/a").first)
        #expect(try storedJSON(read.quality) == json)
        #expect(try t.store.rescore(with: Scorer()) == 0)
        let after = try t.store.read { db in try Data.fetchOne(db, sql: "SELECT result FROM score") }
        #expect(BlobCodec.dictionary(of: try #require(after)) == .qualityV1)
    }
}
