import Testing
@testable import DCAT
@testable import Quality

/// One passing and one failing case per indicator: the complete sample passes all 23; each breaker
/// below takes away exactly what its indicator checks.
@Suite struct IndicatorTests {
    static let scorer = Scorer(links: Sample.links, compliance: DescriptionRequired())

    static let breakers: [String: @Sendable (inout Dataset) -> Void] = [
        "keywordAvailability": { $0.keywords = LocalizedText() },
        "categoryAvailability": { $0.themes = [] },
        "spatialAvailability": { $0.spatial = [] },
        "temporalAvailability": { $0.temporal = [] },
        "accessUrlStatusCode": { $0.distributions[0].accessURLs = [Sample.brokenURL] },
        "downloadUrlAvailability": { $0.distributions[0].downloadURLs = [] },
        "downloadUrlStatusCode": { $0.distributions[0].downloadURLs = [Sample.brokenURL] },
        "formatAvailability": { $0.distributions[0].format = nil },
        "mediaTypeAvailability": { $0.distributions[0].mediaType = nil },
        // A format outside the EU file-type list.
        "formatMediaTypeVocabularyAlignment": { $0.distributions[0].format = Concept(iri: "https://formats.example/csv") },
        // XLSX: machine-readable but proprietary.
        "formatMediaTypeNonProprietary": {
            $0.distributions[0].format = Concept(iri: Sample.eu + "file-type/XLSX")
            $0.distributions[0].mediaType = "https://www.iana.org/assignments/media-types/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        },
        // BMP: non-proprietary, but not machine-readable.
        "formatMediaTypeMachineInterpretable": {
            $0.distributions[0].format = Concept(iri: Sample.eu + "file-type/BMP")
            $0.distributions[0].mediaType = "https://www.iana.org/assignments/media-types/image/bmp"
        },
        "dcatApCompliance": { $0.description = LocalizedText() },
        "licenceAvailability": { $0.distributions[0].license = nil },
        "knownLicence": { $0.distributions[0].license = LicenseDocument(iri: "https://example.nl/onze-voorwaarden") },
        "accessRightsAvailability": { $0.accessRights = nil },
        "accessRightsVocabularyAlignment": { $0.accessRights = RightsStatement(iri: "https://example.nl/openbaar") },
        "contactPointAvailability": { $0.contactPoints = [] },
        "publisherAvailability": { $0.publisher = nil },
        "rightsAvailability": { $0.distributions[0].rights = [] },
        "byteSizeAvailability": { $0.distributions[0].byteSize = nil },
        "dateIssuedAvailability": { $0.issued = nil },
        "dateModifiedAvailability": { $0.modified = nil },
    ]

    /// Indicators that cannot pass once another fails: no download URL leaves nothing to reach, no
    /// licence or access rights leaves nothing to find in a vocabulary.
    static let dependents: [String: [String]] = [
        "downloadUrlAvailability": ["downloadUrlStatusCode"],
        "licenceAvailability": ["knownLicence"],
        "accessRightsAvailability": ["accessRightsVocabularyAlignment"],
    ]

    @Test func everyIndicatorHasAFailingCase() {
        #expect(Set(Self.breakers.keys) == Set(IndicatorCatalogue.all.map(\.id)))
    }

    @Test func completeSamplePassesEveryIndicator() {
        let q = Self.scorer.score(Sample.complete())
        for r in q.indicators { #expect(r.status == .passed && r.points == r.max, "\(r.id): \(r.status) \(r.points)") }
        #expect(q.score.total == 405)
        #expect(q.score.rating == .excellent)
        #expect(q.findings.isEmpty, "\(q.findings)")
    }

    @Test(arguments: IndicatorCatalogue.all.map(\.id))
    func failingCase(_ id: String) throws {
        var d = Sample.complete()
        let breaker = try #require(Self.breakers[id])
        breaker(&d)
        let q = Self.scorer.score(d)
        let r = try #require(q.indicator(id))
        let indicator = try #require(IndicatorCatalogue.indicator(id))
        #expect(r.status == .failed, "\(id)")
        #expect(r.points == 0)
        let alsoLost = (Self.dependents[id] ?? []).compactMap { IndicatorCatalogue.indicator($0)?.maxPoints }.reduce(0, +)
        #expect(q.score.total == 405 - indicator.maxPoints - alsoLost, "only \(id) should fail: \(q.indicators.filter { $0.points < $0.max }.map(\.id))")
        let f = try #require(q.findings.first { $0.id == id })
        #expect(f.pointsLost == indicator.maxPoints)
        #expect(f.path == indicator.path)
        #expect(f.remedy == indicator.remedy || f.remedy.hasSuffix(indicator.remedy))
        #expect(f.severity == indicator.severity)
    }

    /// Vocabulary alignment also looks at the media type; a non-IANA media type fails it.
    @Test func unregisteredMediaTypeIsNotAligned() {
        var d = Sample.complete()
        d.distributions[0].mediaType = "https://www.iana.org/assignments/media-types/text/made-up-type"
        #expect(Self.scorer.score(d).indicator("formatMediaTypeVocabularyAlignment")?.status == .failed)
    }

    /// Without dct:format, the media type stands for the file type (application/json → JSON).
    @Test func mediaTypeStandsInForMissingFormat() {
        var d = Sample.complete()
        d.distributions[0].format = nil
        d.distributions[0].mediaType = "https://www.iana.org/assignments/media-types/application/json"
        let q = Self.scorer.score(d)
        #expect(q.indicator("formatMediaTypeNonProprietary")?.status == .passed)
        #expect(q.indicator("formatMediaTypeMachineInterpretable")?.status == .passed)
    }

    /// A DONL 1.1 licence on the dataset covers distributions without their own; "licence unknown" is no known licence.
    @Test func datasetLicenceCoversDistributionsButUnknownIsNotKnown() {
        var d = Sample.complete()
        d.distributions[0].license = nil
        d.license = LicenseDocument(iri: Licences.unknownOWMS)
        let q = Self.scorer.score(d)
        #expect(q.indicator("licenceAvailability")?.status == .passed)
        #expect(q.indicator("knownLicence")?.status == .failed)
    }

    /// Best-distribution indicators pass on one good distribution among bad ones.
    @Test func bestDistributionForOpenAndMachineReadableFormats() {
        var d = Sample.complete()
        var pdf = Sample.distribution(1)
        pdf.format = Concept(iri: Sample.eu + "file-type/PDF")
        pdf.mediaType = nil
        d.distributions.append(pdf)
        let q = Self.scorer.score(d)
        #expect(q.indicator("formatMediaTypeNonProprietary")?.points == 20)
        #expect(q.indicator("formatMediaTypeMachineInterpretable")?.status == .passed)
        // Metadata completeness is a share: the PDF's missing media type costs half of 10.
        #expect(q.indicator("mediaTypeAvailability")?.status == .partial)
        #expect(q.indicator("mediaTypeAvailability")?.points == 5)
    }

    /// No distribution at all: every distribution-level indicator fails, and the remedy says to add one.
    @Test func datasetWithoutDistributions() {
        var d = Sample.complete()
        d.distributions = []
        let q = Self.scorer.score(d)
        for i in IndicatorCatalogue.all where i.level == .distribution {
            #expect(q.indicator(i.id)?.points == 0, "\(i.id)")
        }
        let f = q.findings.first { $0.id == "formatAvailability" }
        #expect(f?.remedy.hasPrefix("Add a dcat:distribution") == true)
        #expect(f?.message.contains("no dcat:distribution") == true)
    }
}
