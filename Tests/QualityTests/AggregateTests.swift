import Testing
@testable import DCAT
@testable import Quality

@Suite struct AggregateTests {
    static func demo() throws -> [DatasetQuality] {
        try Fixture.map("fixtures/demo/catalog.ttl").datasets.map { Scorer().score($0) }
    }

    @Test func perPublisherAndCatalogOfTheDemo() throws {
        let results = try Self.demo()
        let publishers = Aggregates.byPublisher(results)
        // fietspaden and bomen share a publisher; afvalbakken has none.
        #expect(publishers.count == 2)
        let gemeente = try #require(publishers.first { $0.key == "https://data.voorbeeldstad.nl/organisatie/gemeente-voorbeeldstad" })
        #expect(gemeente.label == "Gemeente Voorbeeldstad")
        #expect(gemeente.datasets == 2)
        // (295 + 145) / 2 = 220.0
        #expect(gemeente.meanScore == 220.0)
        #expect(gemeente.count(.good) == 1 && gemeente.count(.sufficient) == 1 && gemeente.count(.bad) == 0)
        let none = try #require(publishers.first { $0.key == "" })
        #expect(none.label == "(no publisher)" && none.datasets == 1 && none.meanScore == 0 && none.count(.bad) == 1)

        let catalogs = Aggregates.byCatalog(results)
        #expect(catalogs.count == 1)
        let cat = try #require(catalogs.first)
        #expect(cat.key == "https://data.voorbeeldstad.nl/catalogus")
        #expect(cat.datasets == 3)
        // (295 + 145 + 0) / 3 = 146.67 → 146.7
        #expect(cat.meanScore == 146.7)
        #expect(cat.bands == ["excellent": 0, "good": 1, "sufficient": 1, "bad": 1])
    }

    /// Fixes are ranked by the points they would gain over all datasets; unchecked ones are no fixes.
    @Test func fixesRankedByTotalGain() throws {
        let cat = Aggregates.aggregate(key: "all", label: "all", try Self.demo())
        // keywords: bomen and afvalbakken lack them, 2 × 30 = 60. spatial and temporal: 2 × 20 = 40 each.
        // downloadURL: 2 × 20 = 40. non-proprietary: bomen (XLSX) and afvalbakken, 2 × 20 = 40.
        // Themes, licence, contact point, publisher, format, machine-readable: afvalbakken only.
        let first = try #require(cat.fixes.first)
        #expect(first.id == "keywordAvailability")
        #expect(first.datasets == 2 && first.pointsEach == 30 && first.totalPoints == 60)
        #expect(first.summary.hasSuffix("(2 datasets: +30 each)"), "\(first.summary)")
        #expect(!cat.fixes.contains { ["accessUrlStatusCode", "downloadUrlStatusCode", "dcatApCompliance"].contains($0.id) })
        // Ties on total points: more datasets first, then catalogue order.
        let gains = cat.fixes.map(\.totalPoints)
        #expect(gains == gains.sorted(by: >))
        let forty = cat.fixes.filter { $0.totalPoints == 40 }.map(\.id)
        #expect(forty == ["spatialAvailability", "temporalAvailability", "downloadUrlAvailability", "formatMediaTypeNonProprietary"])
        // Every lost point is in exactly one fix: total gains = 3 × 295 − (295 + 145 + 0) = 445.
        #expect(cat.fixes.reduce(0) { $0 + $1.totalPoints } == 445)
    }

    @Test func unequalGainsHaveNoPointsEach() {
        var a = Sample.complete(), b = Sample.complete()
        b.iri = "https://data.example.nl/dataset/b"
        a.distributions[0].byteSize = nil                      // loses 5
        var second = Sample.distribution(1)
        second.byteSize = nil
        b.distributions.append(second)                         // 1 of 2: ⌊5/2⌋ = 2, loses 3
        let scorer = Scorer(links: Sample.links, compliance: DescriptionRequired())
        let agg = Aggregates.aggregate(key: "x", label: "x", [scorer.score(a), scorer.score(b)])
        let fix = agg.fixes.first { $0.id == "byteSizeAvailability" }
        #expect(fix?.datasets == 2)
        #expect(fix?.totalPoints == 8)
        #expect(fix?.pointsEach == nil)
        #expect(fix?.summary.hasSuffix("+8 in all)") == true)
    }
}
