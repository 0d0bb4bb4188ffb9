import Foundation
import Testing
import RDF
import TestSupport
@testable import DCAT
@testable import Quality

/// Oogst's own DCAT-AP NL 3.0 rules (NLRules): they load, and on the fixtures they find what the
/// official shapes find on the same properties.
@Suite struct NLRulesTests {
    static func violations(_ d: Dataset, _ checker: SHACLComplianceChecker) -> [String] {
        checker.check(d).issues.filter { $0.severity == .violation }.map { ($0.path ?? "-") + " " + $0.component }.sorted()
    }

    @Test func demoFietspadenLacksOnlyACreator() throws {
        let checker = try NLRules.checker()
        let d = try #require(try Fixture.map("fixtures/demo/catalog.ttl").dataset("https://data.voorbeeldstad.nl/dataset/fietspaden"))
        #expect(Self.violations(d, checker) == ["dct:creator MinCountConstraintComponent"])
        let creator = try #require(checker.check(d).issues.first { $0.path == "dct:creator" })
        #expect(creator.messages.contains { $0.language == "nl" && $0.value.hasPrefix("Een dataset heeft minstens één maker") })
        // Recommended: landing page and language are missing.
        let warnings = checker.check(d).issues.filter { $0.severity == .warning }.compactMap(\.path)
        #expect(warnings.contains("dcat:landingPage") && warnings.contains("dct:language"))
    }

    @Test func dutchMessagesInFindings() throws {
        let d = try #require(try Fixture.map("fixtures/demo/catalog.ttl").dataset("https://data.voorbeeldstad.nl/dataset/fietspaden"))
        var scorer = Scorer(compliance: try NLRules.checker())
        #expect(scorer.score(d).findings.contains { $0.path == "dct:creator" && $0.message.hasPrefix("A dataset has at least one creator") })
        scorer.messageLanguage = "nl"
        #expect(scorer.score(d).findings.contains { $0.path == "dct:creator" && $0.message.hasPrefix("Een dataset heeft minstens één maker") })
    }

    @Test func demoBomen() throws {
        let checker = try NLRules.checker()
        let d = try #require(try Fixture.map("fixtures/demo/catalog.ttl").dataset("https://data.voorbeeldstad.nl/dataset/bomen"))
        // No identifier, creator or access rights; the licence is a literal.
        #expect(Self.violations(d, checker) == [
            "dct:accessRights MinCountConstraintComponent", "dct:creator MinCountConstraintComponent",
            "dct:identifier MinCountConstraintComponent", "dct:license NodeKindConstraintComponent"])
    }

    /// The dirty NL dataset as the feed wrote it (the subgraph keeps the original statements): a misspelt
    /// access right, format and media type as text, a byte size as text, a licence as text, a date as a
    /// plain string. Its identifier and creator are there.
    @Test func nl30Parkeertarieven() throws {
        let checker = try NLRules.checker()
        let d = try #require(try Fixture.map("fixtures/dcat/nl30-catalog.ttl").dataset("https://data.voorbeeldstad.nl/id/dataset/parkeertarieven"))
        let v = Self.violations(d, checker)
        #expect(v.contains("dct:accessRights InConstraintComponent"))
        #expect(v.contains("dct:format NodeKindConstraintComponent"))
        #expect(v.contains("dcat:mediaType NodeKindConstraintComponent"))
        #expect(v.contains("dcat:byteSize DatatypeConstraintComponent"))
        #expect(v.contains("dct:license NodeKindConstraintComponent"))
        #expect(v.contains("dct:modified OrConstraintComponent"))
        #expect(!v.contains { $0.hasPrefix("dct:identifier") })
        // Format and media type text also miss their vocabulary patterns; nothing else (the creator is
        // there, and the https theme IRI still counts as an EU theme).
        #expect(v.contains("dct:format PatternConstraintComponent"))
        #expect(v.contains("dcat:mediaType PatternConstraintComponent"))
        #expect(v.count == 8, "\(v)")
    }

    /// A blank-node dataset's results name it by its skolem IRI.
    @Test func blankDatasetGoesByItsSkolemIRI() throws {
        let m = try Fixture.map("fixtures/dcat/nl30-catalog.ttl")
        let d = try #require(m.datasets.first { $0.isSkolemized })
        let issues = try NLRules.checker().check(d).issues
        #expect(issues.contains { $0.path == "dct:publisher" && $0.focusNode == d.iri && d.iri.hasPrefix("urn:oogst:genid:") }, "\(issues)")
    }

    /// The Geonovum NL 3.0 example dataset meets every mandatory rule.
    @Test func geonovumExampleHasNoViolations() throws {
        guard let url = try SharedFolder.url("specs/samples/turtle/dcat-ap-nl30-example-dataset.ttl") else { return }
        var g = Graph()
        try TurtleReader(base: url.absoluteString).read(from: FileByteSource(path: url.path), into: &g)
        let checker = try NLRules.checker()
        for d in DCATMapper(sourceID: "t", parallel: false).map(g).datasets {
            #expect(Self.violations(d, checker).isEmpty, "\(d.iri): \(Self.violations(d, checker))")
        }
    }
}
