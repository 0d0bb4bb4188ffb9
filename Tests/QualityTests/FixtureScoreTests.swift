import Foundation
import Testing
import RDF
import RDFIO
@testable import DCAT
@testable import Quality

@Suite struct FixtureScoreTests {
    /// DCAT-AP-DONL 1.1: OWMS themes, licences on the dataset and distributions, a closed licence.
    @Test func donl11Verkeersintensiteiten() throws {
        let d = try #require(try Fixture.map("fixtures/dcat/donl11-catalog.ttl")
            .dataset("https://opendata.example-rijk.nl/dataset/verkeersintensiteiten-rijkswegen"))
        let q = Scorer().score(d)
        let p = Dictionary(uniqueKeysWithValues: q.indicators.map { ($0.id, $0.points) })
        // Findability: keywords 30 + themes (OWMS) 30 + spatial 0 + temporal (schema:startDate period) 20 = 80
        #expect(q.score[.findability] == 80)
        // Accessibility: downloadURL on the CSV only: ⌊20 × 1/2⌋ = 10
        #expect(q.score[.accessibility] == 10)
        // Interoperability: format 2/2 → 20; media type 1/2 → 5; vocabulary 2/2 (CSV + text/csv; ZIP) → 10;
        //   non-proprietary (CSV) 20; machine-readable (CSV) 20 = 75
        #expect(p["mediaTypeAvailability"] == 5)
        #expect(q.score[.interoperability] == 75)
        // Reusability: licences 2/2 20 + known (CC0; OWMS geslotenlicentie is on the list) 10 + access rights 10
        //   + from the NAL 5 + contact point 20 + publisher 10 = 75
        #expect(p["knownLicence"] == 10)
        #expect(q.score[.reusability] == 75)
        // Contextuality: rights on the raw-data distribution only: ⌊5 × 1/2⌋ = 2; byte size on the CSV only: 2;
        //   issued 5; modified 5 = 14
        #expect(p["rightsAvailability"] == 2)
        #expect(p["byteSizeAvailability"] == 2)
        #expect(q.score[.contextuality] == 14)
        // 80 + 10 + 75 + 75 + 14 = 254: Good
        #expect(q.score.total == 254)
        #expect(q.score.rating == .good)
    }

    /// Each fixture exists as Turtle, RDF/XML and JSON-LD: the three give the same scores.
    @Test(arguments: ["nl30-catalog", "donl11-catalog", "donl-legacy-export"])
    func formatsScoreAlike(_ name: String) throws {
        var scores: [[String: DatasetQuality]] = []
        for ext in ["ttl", "rdf", "jsonld"] {
            let path = Fixture.path("fixtures/dcat/\(name).\(ext)")
            var g = Graph()
            try RDFReaders.read(FileByteSource(path: path), options: ReadOptions(base: URL(fileURLWithPath: path).absoluteString), into: &g)
            let m = DCATMapper(sourceID: "test", parallel: false).map(g)
            scores.append(Dictionary(uniqueKeysWithValues: m.datasets.map { ($0.iri, Scorer().score($0)) }))
        }
        #expect(!scores[0].isEmpty)
        #expect(scores[0] == scores[1])
        #expect(scores[0] == scores[2])
        for q in scores[0].values {
            #expect(q.score.total == Dimension.allCases.reduce(0) { $0 + q.score[$1] })
            #expect((0...295).contains(q.score.total))
        }
    }
}
