import DCAT
import Foundation
import RDF
import RDFIO
import TestSupport
import Testing
@testable import CatalogStore

/// `ModelJSON` is a hand-written copy of what the model's synthesized `Codable` writes. These tests keep
/// the two in step: a field the writer forgets, misplaces or misspells changes the bytes.
@Suite struct ModelJSONTests {
    /// A dataset with every field of every model type set, and strings that need escaping.
    static func fullDataset() -> Dataset {
        let text = LocalizedText([LocalizedString("Fietspaden \"Utrecht\"\n\ttab", language: "nl"),
                                  LocalizedString("Cycle paths \\ \u{1}", language: nil)])
        let date = DateValue(value: "2024-05-01", precision: .date, original: "1 mei 2024")
        let concept = Concept(iri: "http://example.org/c", label: text)
        let agent = Agent(iri: "http://example.org/a", names: text, type: "http://example.org/t",
                          emails: ["mailto:a@example.org"], homepages: ["http://example.org"], types: ["foaf:Agent"])
        let rightsStatement = RightsStatement(iri: "http://example.org/r", label: text)
        let license = LicenseDocument(iri: "http://example.org/l", label: text, type: "http://example.org/lt", euCode: "CC_BY_4_0")
        let geometry = Location.Geometry(value: "POINT(5 52)", datatype: "http://www.opengis.net/ont/geosparql#wktLiteral")
        var distribution = Distribution(iri: "http://example.org/d")
        distribution.title = text
        distribution.description = text
        distribution.accessURLs = ["http://example.org/access"]
        distribution.downloadURLs = ["http://example.org/download.csv"]
        distribution.format = concept
        distribution.mediaType = "text/csv"
        distribution.compressFormat = "application/gzip"
        distribution.packageFormat = "application/zip"
        distribution.byteSize = -9_007_199_254_740_993
        distribution.license = license
        distribution.accessRights = rightsStatement
        distribution.rights = [rightsStatement]
        distribution.languages = ["http://publications.europa.eu/resource/authority/language/NLD"]
        distribution.conformsTo = [concept]
        distribution.pages = [concept]
        distribution.status = "http://example.org/status"
        distribution.availability = "http://example.org/availability"
        distribution.checksum = Checksum(algorithm: "spdx:checksumAlgorithm_sha1", value: "abc")
        distribution.issued = date
        distribution.modified = date
        distribution.accessServices = ["http://example.org/service"]
        distribution.applicableLegislation = ["http://data.europa.eu/eli/reg_impl/2023/138/oj"]
        distribution.spatialResolutionInMeters = ["10"]
        distribution.temporalResolution = "P1D"
        distribution.hasPolicy = "http://example.org/policy"
        distribution.distributionType = "http://example.org/type"
        distribution.metadataLanguages = ["nl"]
        distribution.types = ["dcat:Distribution"]

        var d = Dataset(iri: "http://example.org/ds")
        d.isSkolemized = true
        d.kind = .series
        d.types = ["dcat:Dataset"]
        d.identifiers = ["id-1"]
        d.otherIdentifiers = [Identifier(iri: "http://example.org/i", notation: "N-1", scheme: "http://example.org/s")]
        d.title = text
        d.description = text
        d.keywords = text
        d.themes = [concept]
        d.publisher = agent
        d.creators = [agent]
        d.authority = agent
        d.contactPoints = [ContactPoint(iri: "http://example.org/cp", kind: .organization, names: text,
                                        organizationNames: text, emails: ["mailto:b@example.org"],
                                        telephones: ["tel:+31"], urls: ["http://example.org/contact"],
                                        titles: text, addresses: ["Straat 1"])]
        d.accessRights = rightsStatement
        d.license = license
        d.rights = [rightsStatement]
        d.accrualPeriodicity = concept
        d.languages = ["nl"]
        d.spatial = [Location(iri: "http://example.org/loc", label: text, bbox: geometry, centroid: geometry, geometry: geometry)]
        d.temporal = [PeriodOfTime(iri: "http://example.org/p", start: date, end: date, label: text)]
        d.issued = date
        d.modified = date
        d.landingPages = ["http://example.org/landing"]
        d.pages = [concept]
        d.conformsTo = [concept]
        d.status = "http://example.org/status"
        d.version = "1.0"
        d.versionNotes = text
        d.hvdCategories = ["http://data.europa.eu/bna/c_ac64a52d"]
        d.applicableLegislation = ["http://data.europa.eu/eli/reg_impl/2023/138/oj"]
        d.distributions = [distribution, Distribution()]
        d.samples = ["http://example.org/sample"]
        d.hasVersion = ["http://example.org/v2"]
        d.isVersionOf = ["http://example.org/v0"]
        d.sources = ["http://example.org/source"]
        d.relations = ["http://example.org/relation"]
        d.isReferencedBy = ["http://example.org/ref"]
        d.inSeries = ["http://example.org/series"]
        d.qualifiedRelations = [Relationship(relations: ["http://example.org/x"], roles: ["http://example.org/role"])]
        d.provenance = [concept]
        d.wasGeneratedBy = ["http://example.org/activity"]
        d.qualifiedAttributions = ["http://example.org/attribution"]
        d.datasetTypes = ["http://example.org/dataset-type"]
        d.spatialResolutionInMeters = ["5"]
        d.temporalResolution = "PT1H"
        d.metadataLanguages = ["http://publications.europa.eu/resource/authority/language/NLD"]
        d.sourceCatalog = "http://example.org/catalog"
        d.datePlanned = date
        d.legalFoundation = LegalFoundation(reference: "BWBR0001", label: "Wet", uri: "http://example.org/wet")
        d.classifications = ["http://example.org/class"]
        d.catalog = "http://example.org/catalog"
        var record = CatalogRecord(iri: "http://example.org/record")
        record.primaryTopic = d.iri
        record.title = text
        record.description = text
        record.issued = date
        record.modified = date
        record.languages = ["nl"]
        record.conformsTo = ["https://data.overheid.nl/dcat-ap-nl/3.0"]
        record.status = "http://example.org/status"
        record.source = "http://example.org/source-record"
        d.record = record
        d.profile = ProfileReport(claimedIRIs: ["https://data.overheid.nl/dcat-ap-nl/3.0"], claimed: [.dcatAPNL30, .dcatAP3],
                                  detected: .dcatAPNL30)
        d.notes = [NormalizationNote(.iriRepaired, property: "dct:license", original: "httpss://x", normalized: "https://x",
                                     message: "scheme repaired")]
        d.unmappedPredicates = ["http://example.org/unknown"]
        d.subgraph = Subgraph.canonical([Triple(.iri(IRI(d.iri)), IRI("http://purl.org/dc/terms/title"),
                                                .literal(Literal("Fietspaden", language: "nl")))])
        return d
    }

    /// Paths of fields left at their empty default: nil, an empty array or text, `false`.
    static func emptyFields(_ value: Any, path: String = "") -> [String] {
        if let flag = value as? Bool { return flag ? [] : [path] }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return [path] }
            return emptyFields(wrapped, path: path)
        case .collection:
            if mirror.children.isEmpty { return [path] }
            return mirror.children.enumerated().flatMap { emptyFields($1.value, path: "\(path)[\($0)]") }
        case .struct:
            return mirror.children.flatMap { emptyFields($0.value, path: path + "." + ($0.label ?? "?")) }
        default:
            return []
        }
    }

    /// Where two encodings part, with some text of each around it (whole model JSONs are unreadable).
    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        func around(_ x: [UInt8]) -> String { String(decoding: x[max(0, at - 40)..<min(x.count, at + 40)], as: UTF8.self) }
        return "first difference at byte \(at): ModelJSON …\(around(a))… Codable …\(around(b))…"
    }

    /// The guard for the next test: a field added to the model must be set here, so the byte comparison
    /// covers it. (Left empty on purpose, to show the nil and empty forms: the second distribution, and
    /// the language of each text's second value.)
    @Test func fullDatasetSetsEveryField() {
        let empty = Self.emptyFields(Self.fullDataset())
            .filter { !$0.hasPrefix(".distributions[1]") && !$0.hasSuffix(".values[1].language") }
        #expect(empty.isEmpty, "set these fields in ModelJSONTests.fullDataset() and write them in ModelJSON: \(empty)")
        #expect(Self.emptyFields(Distribution()).count > 20, "the check must see an empty distribution's fields")
    }

    @Test func fullDatasetMatchesTheCodableBytes() throws {
        let d = Self.fullDataset()
        let codable = try CompactJSONEncoder().encode(d)
        let written = ModelJSON.encode(d)
        #expect(written == codable, "\(Self.firstDifference(written, codable))")
        #expect(try JSONDecoder().decode(Dataset.self, from: Data(ModelJSON.encode(d))) == d)
    }

    /// What the store writes: the dataset with its statements left out of the model.
    @Test func storedModelCarriesTheEmptySubgraph() throws {
        var bare = Self.fullDataset()
        let written = ModelJSON.encode(bare, subgraph: PreparedRecord.noStatements)
        bare.subgraph = PreparedRecord.noStatements
        #expect(written == (try CompactJSONEncoder().encode(bare)))
        #expect(try JSONDecoder().decode(Dataset.self, from: Data(written)) == bare)
    }

    /// Every dataset of our fixtures and of the Turtle, RDF/XML and N-Triples samples.
    @Test func fixtureAndSampleDatasetsMatchTheCodableBytes() throws {
        let (datasets, withSamples) = try SampleDatasets.all()
        for (path, d) in datasets {
            let written = ModelJSON.encode(d), codable = try CompactJSONEncoder().encode(d)
            #expect(written == codable, "\(path) \(d.iri): \(Self.firstDifference(written, codable))")
        }
        let checked = datasets.count
        #expect(checked >= (withSamples ? 200 : 20))
    }
}
