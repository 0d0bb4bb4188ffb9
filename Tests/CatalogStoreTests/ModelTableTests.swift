import DCAT
import Foundation
import RDF
import Testing
@testable import CatalogStore

/// The stored model's binary layout: every field comes back, in its place.
@Suite struct ModelTableTests {
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

    /// The guard for the round trips below: a field added to the model must be set here, so they cover it. (Left empty on purpose, to show the nil and empty forms: the second distribution, and
    /// the language of each text's second value.)
    @Test func fullDatasetSetsEveryField() {
        let empty = Self.emptyFields(Self.fullDataset())
            .filter { !$0.hasPrefix(".distributions[1]") && !$0.hasSuffix(".values[1].language") }
        #expect(empty.isEmpty, "set these fields in ModelTableTests.fullDataset() and write and read them in ModelTable: \(empty)")
        #expect(Self.emptyFields(Distribution()).count > 20, "the check must see an empty distribution's fields")
    }

    /// `fullDataset()` (every field of every model type set), with a value of its own in
    /// each field that shares a type with another: a field read in another's place changes the dataset.
    static func distinctDataset() -> Dataset {
        func text(_ s: String) -> LocalizedText { LocalizedText([LocalizedString(s, language: "nl"), LocalizedString(s + " (en)")]) }
        func date(_ year: Int) -> DateValue { DateValue(value: "\(year)-01-02", precision: .date, original: "2 jan \(year)") }
        func concept(_ s: String) -> Concept { Concept(iri: "http://example.org/concept/" + s, label: text(s)) }
        func agent(_ s: String) -> Agent {
            Agent(iri: "http://example.org/agent/" + s, names: text(s), type: "http://example.org/type/" + s,
                  emails: ["mailto:\(s)@example.org"], homepages: ["http://example.org/home/" + s], types: ["type-" + s])
        }
        var d = Self.fullDataset()
        d.subgraph = Subgraph()
        d.title = text("title")
        d.description = text("description")
        d.keywords = text("keywords")
        d.versionNotes = text("versionNotes")
        d.themes = [concept("theme")]
        d.publisher = agent("publisher")
        d.creators = [agent("creator")]
        d.authority = agent("authority")
        d.contactPoints[0].names = text("cp names")
        d.contactPoints[0].organizationNames = text("cp organization")
        d.contactPoints[0].titles = text("cp titles")
        d.accessRights = RightsStatement(iri: "http://example.org/access", label: text("access"))
        d.rights = [RightsStatement(iri: "http://example.org/rights", label: text("rights"))]
        d.accrualPeriodicity = concept("periodicity")
        d.spatial[0].bbox = Location.Geometry(value: "bbox", datatype: "http://example.org/wkt")
        d.spatial[0].centroid = Location.Geometry(value: "centroid", datatype: nil)
        d.temporal[0].start = date(2001)
        d.temporal[0].end = date(2002)
        d.issued = date(2003)
        d.modified = date(2004)
        d.datePlanned = date(2005)
        d.pages = [concept("page")]
        d.conformsTo = [concept("conformsTo")]
        d.provenance = [concept("provenance")]
        d.status = "dataset status"
        d.version = "dataset version"
        d.temporalResolution = "P2D"
        d.sourceCatalog = "http://example.org/source-catalog"
        d.catalog = "http://example.org/the-catalog"
        d.record?.title = text("record title")
        d.record?.description = text("record description")
        d.record?.issued = date(2006)
        d.record?.modified = date(2007)
        d.record?.status = "record status"
        d.legalFoundation = LegalFoundation(reference: "ref", label: "label", uri: "http://example.org/uri")
        d.otherIdentifiers = [Identifier(iri: "http://example.org/id", notation: "notation", scheme: "http://example.org/scheme")]
        d.qualifiedRelations = [Relationship(relations: ["http://example.org/relation"], roles: ["http://example.org/role"])]
        d.notes = [NormalizationNote(.dateNormalized, property: "dct:issued", original: "original", normalized: "normalized",
                                     message: "message")]
        var dist = d.distributions[0]
        dist.title = text("distribution title")
        dist.description = text("distribution description")
        dist.format = concept("format")
        dist.mediaType = "media type"
        dist.compressFormat = "compress format"
        dist.packageFormat = "package format"
        dist.license = LicenseDocument(iri: "http://example.org/licence", label: text("licence"), type: "licence type",
                                       euCode: "EU code")
        dist.accessRights = RightsStatement(iri: "http://example.org/distribution-access", label: text("distribution access"))
        dist.rights = [RightsStatement(iri: "http://example.org/distribution-rights", label: text("distribution rights"))]
        dist.conformsTo = [concept("distribution conformsTo")]
        dist.pages = [concept("distribution page")]
        dist.status = "distribution status"
        dist.availability = "availability"
        dist.checksum = Checksum(algorithm: "algorithm", value: "value")
        dist.issued = date(2008)
        dist.modified = date(2009)
        dist.temporalResolution = "P3D"
        dist.hasPolicy = "policy"
        dist.distributionType = "distribution type"
        d.distributions[0] = dist
        return d
    }

    @Test func everyFieldComesBackInItsPlace() throws {
        let d = Self.distinctDataset()
        let empty = Self.emptyFields(d).filter {
            !$0.hasPrefix(".distributions[1]") && !$0.hasSuffix(".values[1].language") && !$0.hasPrefix(".subgraph")
                && !$0.hasSuffix("centroid.datatype")
        }
        #expect(empty.isEmpty, "set these fields in distinctDataset(): \(empty)")
        #expect(try ModelTable.decode(ModelTable.encode(d)) == d)
        // The model without its subgraph, as the store keeps it.
        var full = Self.fullDataset()
        full.subgraph = Subgraph()
        #expect(try ModelTable.decode(ModelTable.encode(Self.fullDataset())) == full)
    }

    /// Negative and large byte sizes (a feed may say anything) and an empty dataset.
    @Test func edgeValuesComeBack() throws {
        for size: Int64 in [0, 1, -1, Int64.max, Int64.min, 5_320_144] {
            var d = Dataset(iri: "http://example.org/ds")
            var dist = Distribution()
            dist.byteSize = size
            d.distributions = [dist]
            #expect(try ModelTable.decode(ModelTable.encode(d)).distributions.first?.byteSize == size)
        }
        let bare = Dataset(iri: "")
        #expect(try ModelTable.decode(ModelTable.encode(bare)) == bare)
    }

    /// Every dataset of our fixtures and of the Turtle, RDF/XML and N-Triples samples; the layout is
    /// smaller than the JSON earlier versions stored for each.
    @Test func fixtureAndSampleDatasetsComeBack() throws {
        let (datasets, withSamples) = try SampleDatasets.all()
        for (path, d) in datasets {
            var bare = d
            bare.subgraph = Subgraph()
            let encoded = ModelTable.encode(d)
            #expect(try ModelTable.decode(encoded) == bare, "\(path) \(d.iri)")
            #expect(encoded.count < (try RecordBodyTests.legacyModelJSON(d)).count, "\(path) \(d.iri)")
        }
        #expect(datasets.count >= (withSamples ? 200 : 20))
    }

    /// Cut short anywhere, given a bad version, presence byte or enum value: it throws, never reads past
    /// the end or returns a dataset.
    @Test func damagedModelsAreRefused() throws {
        let encoded = ModelTable.encode(Self.distinctDataset())
        for length in 0..<encoded.count {
            #expect(throws: BlobError.self) { _ = try ModelTable.decode(Array(encoded[..<length])) }
        }
        #expect(throws: BlobError.self) { _ = try ModelTable.decode([2] + encoded.dropFirst()) }
        // After the version and the IRI: the skolemized flag, a presence byte that must be 0 or 1.
        var badFlag = encoded
        let iriLength = Int(encoded[1])
        badFlag[2 + iriLength] = 7
        #expect(throws: BlobError.self) { _ = try ModelTable.decode(badFlag) }
        // Then the kind, an enum by its raw value.
        var badKind = encoded
        badKind[2 + iriLength + 2] = UInt8(ascii: "x")
        #expect(throws: BlobError.self) { _ = try ModelTable.decode(badKind) }
    }
}
