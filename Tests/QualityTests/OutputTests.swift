import Foundation
import Testing
import RDF
@testable import DCAT
@testable import Quality

@Suite struct OutputTests {
    @Test func dqvParsesBackWithTheTurtleReader() throws {
        let results = try Fixture.map("fixtures/demo/catalog.ttl").datasets.map { Scorer().score($0) }
        var writer = DQVWriter()
        var triples: [Triple] = []
        for r in results { triples += writer.triples(for: r) }
        let out = MemoryByteOutput()
        try TurtleWriter(prefixes: DQVWriter.prefixes).write(triples, to: out)
        let text = out.string
        #expect(text.contains("dqv:QualityMeasurement"))
        #expect(text.contains("pv:keywordAvailability"))

        var parsed = Graph()
        try TurtleReader().read(from: MemoryByteSource(text, name: "dqv.ttl"), into: &parsed)
        #expect(parsed.isIsomorphic(to: Graph(triples)))
        // 3 datasets × 20 checked metrics (the two reachability ones and compliance are unchecked: no measurement).
        let measurements = parsed.subjects(RDFVocab.type, .iri(NS.dqv["QualityMeasurement"]))
        #expect(measurements.count == 60)
        for m in measurements {
            #expect(parsed.objects(m, NS.dqv["computedOn"]).count == 1)
            #expect(parsed.objects(m, NS.dqv["isMeasurementOf"]).first?.iri?.value.hasPrefix("https://piveau.eu/ns/voc#") == true)
        }
        // fietspaden keywords: dataset level, xsd:boolean true; bomen downloadURL: share 0 as xsd:decimal.
        func value(_ dataset: String, _ metric: String) -> Literal? {
            let ds = Term.iri(IRI(dataset))
            for m in parsed.subjects(NS.dqv["computedOn"], ds)
            where parsed.objects(m, NS.dqv["isMeasurementOf"]).contains(.iri(IRI("https://piveau.eu/ns/voc#" + metric))) {
                return parsed.objects(m, NS.dqv["value"]).first?.literal
            }
            return nil
        }
        #expect(value("https://data.voorbeeldstad.nl/dataset/fietspaden", "keywordAvailability") == Literal("true", datatype: XSD.boolean))
        #expect(value("https://data.voorbeeldstad.nl/dataset/bomen", "keywordAvailability") == Literal("false", datatype: XSD.boolean))
        #expect(value("https://data.voorbeeldstad.nl/dataset/bomen", "downloadUrlAvailability") == Literal("0.0", datatype: XSD.decimal))
        #expect(value("https://data.voorbeeldstad.nl/dataset/fietspaden", "downloadUrlAvailability") == Literal("1.0", datatype: XSD.decimal))
        #expect(value("https://data.voorbeeldstad.nl/dataset/fietspaden", "accessUrlStatusCode") == nil)
    }

    @Test func dqvDecimalForm() {
        #expect(DQVWriter.decimal(0.5) == "0.5")
        #expect(DQVWriter.decimal(1.0 / 3.0) == "0.3333")
        #expect(DQVWriter.decimal(1) == "1.0")
        #expect(DQVWriter.decimal(0) == "0.0")
    }

    @Test func jsonHasTheContractKeys() throws {
        let results = try Fixture.map("fixtures/demo/catalog.ttl").datasets.map { Scorer().score($0) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(ValidationOutput(datasets: results))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(json.keys) == ["datasets"])
        let datasets = try #require(json["datasets"] as? [[String: Any]])
        #expect(datasets.count == 3)
        let bomen = try #require(datasets.first { $0["iri"] as? String == "https://data.voorbeeldstad.nl/dataset/bomen" })
        #expect(Set(bomen.keys) == ["iri", "title", "publisher", "score", "indicators", "findings"])
        #expect(bomen["title"] as? String == "Bomenregister")
        #expect(bomen["publisher"] as? String == "Gemeente Voorbeeldstad")
        let score = try #require(bomen["score"] as? [String: Any])
        #expect(Set(score.keys) == ["total", "max", "rating", "findability", "accessibility", "interoperability", "reusability", "contextuality"])
        #expect(score["total"] as? Int == 145)
        #expect(score["max"] as? Int == 405)
        #expect(score["rating"] as? String == "sufficient")
        #expect(score["interoperability"] as? Int == 50)
        let indicators = try #require(bomen["indicators"] as? [[String: Any]])
        #expect(indicators.count == 23)
        #expect(indicators.allSatisfy { Set($0.keys) == ["id", "dimension", "points", "max", "status"] })
        let keyword = try #require(indicators.first { $0["id"] as? String == "keywordAvailability" })
        #expect(keyword["dimension"] as? String == "findability")
        #expect(keyword["status"] as? String == "failed")
        #expect(keyword["max"] as? Int == 30)
        #expect(indicators.contains { $0["status"] as? String == "unchecked" })
        let findings = try #require(bomen["findings"] as? [[String: Any]])
        #expect(findings.allSatisfy { Set($0.keys) == ["id", "severity", "path", "message", "remedy", "points_lost"] })
        let f = try #require(findings.first { $0["id"] as? String == "keywordAvailability" })
        #expect(f["path"] as? String == "dcat:keyword")
        #expect(f["points_lost"] as? Int == 30)
        #expect(f["severity"] as? String == "warning")
        #expect(f["remedy"] as? String == "Add at least one dcat:keyword to the dataset (free-text terms users search for).")

        // And it decodes back to the same values.
        let back = try JSONDecoder().decode(ValidationOutput.self, from: data)
        #expect(back.datasets.map(\.score) == results.map(\.score))
        #expect(back.datasets.map(\.findings) == results.map(\.findings))
    }

    @Test func decodingRejectsARatingThatContradictsTheTotal() {
        let json = #"{"total": 300, "max": 405, "rating": "bad", "findability": 0, "accessibility": 0, "interoperability": 0, "reusability": 0, "contextuality": 0}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(QualityScore.self, from: Data(json.utf8)) }
    }
}
