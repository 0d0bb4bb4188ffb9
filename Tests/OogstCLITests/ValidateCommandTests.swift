import Foundation
import TestSupport
import Testing

@Suite("oogst validate")
struct ValidateCommandTests {
    let demo = SharedFolder.packageRoot.appendingPathComponent("fixtures/demo/catalog.ttl").path

    @Test func jsonFollowsTheContract() throws {
        let r = try OogstBinary.run(["validate", demo, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let datasets = try #require(root["datasets"] as? [[String: Any]])
        #expect(datasets.count == 3)
        let byIRI = Dictionary(uniqueKeysWithValues: datasets.map { ($0["iri"] as! String, $0) })
        // Hand-computed in QualityTests: without link checks and shapes, 80 + 30 points stay unchecked.
        let fietspaden = try #require(byIRI["https://data.voorbeeldstad.nl/dataset/fietspaden"])
        let score = try #require(fietspaden["score"] as? [String: Any])
        #expect(score["total"] as? Int == 295)
        #expect(score["max"] as? Int == 405)
        #expect(score["rating"] as? String == "good")
        for key in ["findability", "accessibility", "interoperability", "reusability", "contextuality"] {
            #expect(score[key] is Int, "score.\(key)")
        }
        let indicators = try #require(fietspaden["indicators"] as? [[String: Any]])
        #expect(indicators.count == 23)
        #expect(indicators.first { $0["id"] as? String == "accessUrlStatusCode" }?["status"] as? String == "unchecked")
        let afval = try #require(byIRI["https://data.voorbeeldstad.nl/dataset/afvalbakken"])
        let findings = try #require(afval["findings"] as? [[String: Any]])
        let keyword = try #require(findings.first { $0["id"] as? String == "keywordAvailability" })
        #expect(keyword["points_lost"] as? Int == 30)
        #expect(keyword["path"] as? String == "dcat:keyword")
        #expect((keyword["remedy"] as? String)?.isEmpty == false)
    }

    @Test func shapesTurnComplianceIntoAResult() throws {
        guard let shacl = try SharedFolder.url("specs/shacl") else { return }
        let r = try OogstBinary.run(["validate", demo, "--json", "--shapes", shacl.appendingPathComponent("dcat-ap-3.0.1").path,
                                     "--shapes", shacl.appendingPathComponent("dcat-ap-nl-3.0").path])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let datasets = try #require(root["datasets"] as? [[String: Any]])
        let statuses = datasets.compactMap { ds in
            (ds["indicators"] as? [[String: Any]])?.first { $0["id"] as? String == "dcatApCompliance" }?["status"] as? String
        }
        // Every demo dataset breaks at least one NL 3.0 rule (none has dct:creator), so none passes, and
        // none is left unchecked once shapes are given.
        #expect(statuses == ["failed", "failed", "failed"])
    }

    @Test func tableShowsScoresBandsAndTotals() throws {
        let r = try OogstBinary.run(["validate", demo])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("295/405"))
        #expect(r.stdout.contains("3 datasets"))
        #expect(r.stdout.contains("dcat:keyword"))
    }

    @Test func badFeedExits65WithPosition() throws {
        let bad = try TemporaryFiles.write("bad.ttl", "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<x> a dcat:Dataset ;\n  dct:title \"t\" .\n")
        let r = try OogstBinary.run(["validate", bad.path])
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("oogst: \(bad.path):3:"), "\(r.stderr)")
    }
}
