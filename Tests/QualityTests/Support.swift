import Foundation
import RDF
import TestSupport
@testable import DCAT
@testable import Quality

enum Fixture {
    static func path(_ relative: String) -> String {
        SharedFolder.packageRoot.appendingPathComponent(relative).path
    }

    /// Reads a Turtle file of the package (fixtures/...) and maps it.
    static func map(_ relative: String) throws -> DCATMappingResult {
        let p = path(relative)
        var g = Graph()
        try TurtleReader(base: URL(fileURLWithPath: p).absoluteString).read(from: FileByteSource(path: p), into: &g)
        return DCATMapper(sourceID: "test", parallel: false).map(g)
    }
}

/// A dataset that meets every offline indicator: the baseline each failing case breaks one thing of.
enum Sample {
    static let eu = "http://publications.europa.eu/resource/authority/"
    static let okURL = "https://data.example.nl/downloads/a.csv"
    static let okAccess = "https://data.example.nl/datasets/a"
    static let brokenURL = "https://data.example.nl/gone"

    static func distribution(_ n: Int = 0) -> Distribution {
        var d = Distribution(iri: "https://data.example.nl/dist/\(n)")
        d.accessURLs = [okAccess]
        d.downloadURLs = [okURL]
        d.format = Concept(iri: eu + "file-type/CSV")
        d.mediaType = "https://www.iana.org/assignments/media-types/text/csv"
        d.license = LicenseDocument(iri: "http://creativecommons.org/publicdomain/zero/1.0/deed.nl")
        d.rights = [RightsStatement(label: "Vrij te gebruiken.")]
        d.byteSize = 1024
        return d
    }

    static func complete() -> Dataset {
        var d = Dataset(iri: "https://data.example.nl/dataset/a")
        d.title = "Voorbeeld"
        d.description = "Een voorbeeld."
        d.keywords = "voorbeeld"
        d.themes = [Concept(iri: eu + "data-theme/GOVE")]
        d.spatial = [Location(iri: eu + "country/NLD")]
        d.temporal = [PeriodOfTime(start: DateValue(value: "2020-01-01", precision: .date))]
        d.accessRights = RightsStatement(iri: eu + "access-right/PUBLIC")
        d.contactPoints = [ContactPoint(kind: .organization, names: "Team Data", emails: ["mailto:data@example.nl"])]
        d.publisher = Agent(iri: "https://identifier.overheid.nl/tooi/id/gemeente/gm0001", names: "Gemeente Voorbeeld")
        d.issued = DateValue(value: "2020-01-01", precision: .date)
        d.modified = DateValue(value: "2024-01-01", precision: .date)
        d.distributions = [distribution()]
        return d
    }

    /// Every URL of the sample answers 200; the broken one 404.
    static let links = LinkResults([okURL: .status(200), okAccess: .status(200), brokenURL: .status(404)])
}

/// A compliance checker for tests: one violation when the dataset has no description.
struct DescriptionRequired: ComplianceChecker {
    func check(_ dataset: Dataset) -> ComplianceResult {
        guard dataset.description.isEmpty else { return ComplianceResult(issues: []) }
        return ComplianceResult(issues: [ComplianceIssue(severity: .violation, focusNode: dataset.iri, path: "dct:description",
                                                         component: "MinCountConstraintComponent")])
    }
}
