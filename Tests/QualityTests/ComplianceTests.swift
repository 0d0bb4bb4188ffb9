import Foundation
import Testing
import RDF
import SHACL
import TestSupport
@testable import DCAT
@testable import Quality

/// DCAT-AP compliance with the official DCAT-AP 3.0.1 and DCAT-AP NL 3.0 shapes (skipped when ../shared
/// is absent outside CI).
@Suite struct ComplianceTests {
    static func checker() throws -> SHACLComplianceChecker? {
        guard let dir = try SharedFolder.url("specs/shacl") else { return nil }
        return try SHACLComplianceChecker(directories: [dir.appendingPathComponent("dcat-ap-3.0.1").path,
                                                        dir.appendingPathComponent("dcat-ap-nl-3.0").path])
    }

    @Test func directoriesGiveTheShapeFiles() throws {
        guard let dir = try SharedFolder.url("specs/shacl") else { return }
        let files = try SHACLComplianceChecker.shapeFiles(in: [dir.appendingPathComponent("dcat-ap-3.0.1").path,
                                                               dir.appendingPathComponent("dcat-ap-nl-3.0").path])
        #expect(files.map { ($0 as NSString).lastPathComponent } == [
            "dcat-ap-SHACL.ttl", "dcat-ap-nl-SHACL-aanbevolen.ttl", "dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl",
            "dcat-ap-nl-SHACL-klassebereik.ttl", "dcat-ap-nl-SHACL.ttl"])
    }

    /// fietspaden meets every DCAT-AP 3.0.1 rule; DCAT-AP NL 3.0 also makes dct:creator mandatory, so
    /// exactly one violation remains. The shared publisher, EU theme and GeoNames place are typed by
    /// their ranges; their own shapes are not this dataset's business.
    @Test func demoFietspadenLacksOnlyACreator() throws {
        guard let checker = try Self.checker() else { return }
        let d = try #require(try Fixture.map("fixtures/demo/catalog.ttl").dataset("https://data.voorbeeldstad.nl/dataset/fietspaden"))
        let result = checker.check(d)
        let violations = result.issues.filter { $0.severity == .violation }
        #expect(violations.count == 1, "\(violations)")
        #expect(violations.first?.path == "dct:creator")
        #expect(violations.first?.component == "MinCountConstraintComponent")
        #expect(!result.passes)
        // Recommendations come as warnings and do not fail the indicator.
        #expect(result.issues.contains { $0.severity == .warning && $0.path == "dcat:landingPage" })

        let q = Scorer(compliance: checker).score(d)
        #expect(q.indicator("dcatApCompliance")?.status == .failed)
        let f = try #require(q.findings.first { $0.id == "shacl:MinCountConstraintComponent" && $0.path == "dct:creator" })
        #expect(f.severity == .violation)
        #expect(f.pointsLost == 0)
        #expect(f.remedy == "Add dct:creator to https://data.voorbeeldstad.nl/dataset/fietspaden.")
    }

    /// Without the background axioms, the vcard:Organization contact point would fail `sh:class vcard:Kind`.
    @Test func backgroundAxiomsAvoidFalseClassViolations() throws {
        guard let dir = try SharedFolder.url("specs/shacl") else { return }
        let files = try SHACLComplianceChecker.shapeFiles(in: [dir.appendingPathComponent("dcat-ap-3.0.1").path])
        let informed = try SHACLComplianceChecker(shapeFiles: files)
        let naive = SHACLComplianceChecker(validator: try Validator(shapes: try ShapesLoader.graph(turtleFiles: files)))
        let d = try #require(try Fixture.map("fixtures/demo/catalog.ttl").dataset("https://data.voorbeeldstad.nl/dataset/fietspaden"))
        #expect(informed.check(d).passes, "\(informed.check(d).issues)")
        #expect(naive.check(d).issues.contains { $0.path == "dcat:contactPoint" && $0.component == "ClassConstraintComponent" })
        // DCAT-AP 3.0.1 alone: compliant, so the indicator passes with its 30 points.
        #expect(Scorer(compliance: informed).score(d).indicator("dcatApCompliance")?.points == 30)
    }

    /// The dataset series of the NL fixture has every property the shapes require of it.
    @Test func nl30SeriesComplies() throws {
        guard let checker = try Self.checker() else { return }
        let d = try #require(try Fixture.map("fixtures/dcat/nl30-catalog.ttl").dataset("https://data.voorbeeldstad.nl/id/dataset/luchtkwaliteit"))
        #expect(checker.check(d).passes, "\(checker.check(d).issues)")
        let q = Scorer(compliance: checker).score(d)
        // theme 30 + publisher 10 + compliance 30 = 70
        #expect(q.score.total == 70)
    }

    /// A property an indicator already reports missing is not repeated as a SHACL finding; one no
    /// indicator checks (dct:creator, dct:identifier) is.
    @Test func missingPropertiesAreReportedOnce() throws {
        guard let checker = try Self.checker() else { return }
        let d = try #require(try Fixture.map("fixtures/demo/catalog.ttl").dataset("https://data.voorbeeldstad.nl/dataset/afvalbakken"))
        let q = Scorer(compliance: checker).score(d)
        let shacl = q.findings.filter { $0.id.hasPrefix("shacl:") && $0.severity == .violation }.map(\.path)
        #expect(shacl.sorted() == ["dct:creator", "dct:identifier"], "\(shacl)")
        #expect(q.findings.contains { $0.id == "accessRightsAvailability" })
        // The compliance finding still counts every violation: accessRights, contactPoint, creator,
        // identifier, publisher, theme on the dataset, licence on its distribution.
        #expect(q.findings.first { $0.id == "dcatApCompliance" }?.message.hasSuffix("7 SHACL violations.") == true)
    }

    /// Literal values where the profile wants IRIs are real violations and name the blank distribution.
    @Test func literalValuesAreViolations() throws {
        guard let checker = try Self.checker() else { return }
        let d = try #require(try Fixture.map("fixtures/demo/catalog.ttl").dataset("https://data.voorbeeldstad.nl/dataset/bomen"))
        let issues = checker.check(d).issues.filter { $0.severity == .violation }
        #expect(issues.contains { $0.path == "dct:license" && $0.component == "NodeKindConstraintComponent"
            && $0.focusNode == "a dcat:distribution node without IRI" })
        #expect(issues.contains { $0.path == "dct:accessRights" && $0.component == "MinCountConstraintComponent" })
    }
}
