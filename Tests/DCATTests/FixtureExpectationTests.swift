import Foundation
import RDF
import Testing
@testable import DCAT

private let eu = "http://publications.europa.eu/resource/authority/"
private let owms = "http://standaarden.overheid.nl/owms/terms/"

private func hasNote(_ d: Dataset, _ kind: NormalizationNote.Kind, _ property: String, _ original: String,
                     _ normalized: String? = nil) -> Bool {
    d.notes.contains { $0.kind == kind && $0.property == property && $0.original.hasPrefix(original)
        && (normalized == nil || $0.normalized == normalized) }
}

/// The expected models of the fixture set (Turtle; the other serialisations are proven equal elsewhere).
@Suite struct NL30FixtureTests {
    let result: DCATMappingResult
    init() throws { result = try Load.map(Load.fixture("nl30-catalog.ttl"), source: "voorbeeldstad") }

    @Test func findsEveryDatasetSeriesServiceAndTheCatalog() throws {
        #expect(result.datasets.count == 5)
        #expect(result.dataServices.map(\.iri) == ["https://data.voorbeeldstad.nl/id/service/bomen-api"])
        let catalog = try #require(result.catalogs.first)
        #expect(catalog.iri == "https://data.voorbeeldstad.nl/id/catalogus")
        #expect(catalog.datasets.count == 5)
        #expect(catalog.title["en"] == "Open data Municipality of Voorbeeldstad")
        #expect(catalog.contactPoints.first?.emails == ["mailto:opendata@voorbeeldstad.nl"])
        #expect(catalog.profile.claimed == [.dcatAPNL30])
        let series = try result.require("https://data.voorbeeldstad.nl/id/dataset/luchtkwaliteit")
        #expect(series.kind == .series)
        #expect(series.accrualPeriodicity?.iri == eu + "frequency/ANNUAL")
        let member = try result.require("https://data.voorbeeldstad.nl/id/dataset/luchtkwaliteit-2023")
        #expect(member.inSeries == [series.iri])
        #expect(member.temporal.first?.start?.value == "2023-01-01")
        #expect(member.temporal.first?.end?.value == "2023-12-31")
        #expect(member.distributions.first?.compressFormat == "http://www.iana.org/assignments/media-types/application/zip")
    }

    @Test func completeDatasetMapsEveryProperty() throws {
        let d = try result.require("https://data.voorbeeldstad.nl/id/dataset/bomen")
        #expect(d.title["nl"] == "Bomen in beheer van de gemeente")
        #expect(d.title["en"] == "Trees managed by the municipality")
        #expect(d.title.best() == "Bomen in beheer van de gemeente")
        #expect(d.title.best(preferring: ["en"]) == "Trees managed by the municipality")
        #expect(d.description.values(in: "en").count == 1)
        #expect(d.keywords.values(in: "nl") == ["bomen", "groen"])
        #expect(d.identifiers == ["https://data.voorbeeldstad.nl/id/dataset/bomen"])
        #expect(d.otherIdentifiers == [Identifier(notation: "BOM-001")])
        #expect(d.themes.compactMap(\.iri) == [eu + "data-theme/ENVI", owms + "Natuur-_en_landschapsbeheer"])
        #expect(d.euThemeCodes == ["ENVI"])
        #expect(d.publisher?.iri == "https://identifier.overheid.nl/tooi/id/gemeente/gm9999")
        #expect(d.publisher?.names["nl"] == "Gemeente Voorbeeldstad")
        #expect(d.publisher?.type == "http://purl.org/adms/publishertype/LocalAuthority")
        #expect(d.creators.first?.names["en"] == "City Maintenance Department")
        let cp = try #require(d.contactPoints.first)
        #expect(cp.kind == .organization)
        #expect(cp.emails == ["mailto:groen@voorbeeldstad.nl"])
        #expect(cp.telephones == ["tel:+31301234567"])
        #expect(cp.organizationNames["nl"] == "Gemeente Voorbeeldstad")
        #expect(d.accessRights?.iri == eu + "access-right/PUBLIC")
        #expect(d.accrualPeriodicity?.iri == eu + "frequency/MONTHLY")
        #expect(d.languages == [eu + "language/NLD"])
        #expect(d.spatial.count == 2)
        #expect(d.spatial.contains { $0.iri == "https://sws.geonames.org/2745912/" })
        #expect(d.spatial.contains { $0.centroid?.value == "POINT(5.1 52.09)" && $0.bbox?.datatype == "http://www.opengis.net/ont/geosparql#wktLiteral" })
        #expect(d.temporal == [PeriodOfTime(start: DateValue(value: "2015-01-01", precision: .date))])
        #expect(d.issued == DateValue(value: "2021-05-04", precision: .date))
        #expect(d.modified == DateValue(value: "2024-10-01T08:30:00+02:00", precision: .dateTime))
        #expect(d.hvdCategories == ["http://data.europa.eu/bna/c_ac64a52d"])
        #expect(d.applicableLegislation == [Vocabularies.hvdLegislation])
        #expect(d.version == "3.2")
        #expect(d.conformsTo.map(\.iri) == ["https://www.imgeo.nl/"])
        #expect(d.record?.conformsTo == ["https://docs.geostandaarden.nl/dcat/dcat-ap-nl30/"])
        #expect(d.record?.status == "http://purl.org/adms/changetype/updated")
        #expect(d.profile.claimed == [.dcatAPNL30])
        #expect(d.profile.detected == .dcatAPNL30)
        #expect(d.catalog == "https://data.voorbeeldstad.nl/id/catalogus")
        // A property the model does not know is kept in the dataset's own subgraph.
        #expect(d.unmappedPredicates == ["https://data.voorbeeldstad.nl/def/beheerder"])
        #expect(d.subgraph.ntriples.contains("<https://data.voorbeeldstad.nl/def/beheerder> \"Stadsbeheer\""))
        #expect(d.notes.isEmpty, "\(d.notes)")

        #expect(d.distributions.count == 2)
        let csv = try #require(d.distributions.first { $0.iri?.hasSuffix("bomen-csv") == true })
        #expect(csv.fileTypeCode == "CSV")
        #expect(csv.mediaType == "https://www.iana.org/assignments/media-types/text/csv")
        #expect(csv.byteSize == 5_320_144)
        #expect(csv.license?.euCode == "CC0")
        #expect(csv.license?.openness == .open)
        #expect(csv.status == eu + "distribution-status/COMPLETED")
        #expect(csv.checksum == Checksum(algorithm: "http://spdx.org/rdf/terms#checksumAlgorithm_sha256",
                                         value: "9f2c7a0d53a4b8e1c6d3f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1"))
        let api = try #require(d.distributions.first { $0.iri?.hasSuffix("bomen-geojson") == true })
        #expect(api.accessServices == ["https://data.voorbeeldstad.nl/id/service/bomen-api"])
        #expect(api.fileTypeCode == "GEOJSON")
    }

    @Test func dirtIsRepairedAndReported() throws {
        let d = try result.require("https://data.voorbeeldstad.nl/id/dataset/parkeertarieven")
        #expect(d.accessRights?.iri == eu + "access-right/RESTRICTED")
        #expect(hasNote(d, .vocabularyTypo, "dct:accessRights", eu + "access-right/RESTRICED", eu + "access-right/RESTRICTED"))
        #expect(d.themes.compactMap(\.iri) == [eu + "data-theme/TRAN"])
        #expect(hasNote(d, .iriRepaired, "dcat:theme", "https://publications.europa.eu/"))
        #expect(d.modified == DateValue(value: "2024-03-12", precision: .date, original: "12-03-2024"))
        #expect(d.issued == DateValue(value: "2023", precision: .year))
        #expect(hasNote(d, .dateNormalized, "dct:modified", "12-03-2024", "2024-03-12"))
        #expect(d.keywords.values(in: "nl") == ["parkeren", "tarieven"])
        #expect(hasNote(d, .duplicateRemoved, "dcat:keyword", "parkeren"))
        #expect(d.contactPoints.first?.emails == ["mailto:parkeren@voorbeeldstad.nl"])
        #expect(hasNote(d, .emailNormalized, "vcard:hasEmail", "parkeren@voorbeeldstad.nl"))
        #expect(d.description.values(in: "en").isEmpty)  // a gap, kept as a gap
        let csv = try #require(d.distributions.first { $0.fileTypeCode == "CSV" })
        #expect(csv.license?.iri == "https://creativecommons.org/licenses/by/4.0/")
        #expect(csv.license?.euCode == "CC_BY_4_0")
        #expect(hasNote(d, .iriRepaired, "dct:license", "httpss://creativecommons.org/licenses/by/4.0/"))
        #expect(csv.mediaType == "https://www.iana.org/assignments/media-types/text/csv")
        #expect(csv.format?.label.isEmpty == true)  // the text "CSV" lives on in the note
        #expect(hasNote(d, .textMapped, "dct:format", "CSV", eu + "file-type/CSV"))
        let pdf = try #require(d.distributions.first { $0.fileTypeCode == "PDF" })
        #expect(pdf.license?.iri == "http://creativecommons.org/licenses/by/4.0/deed.nl")
        #expect(hasNote(d, .textMapped, "dct:license", "CC-BY 4.0", "http://creativecommons.org/licenses/by/4.0/deed.nl"))
        #expect(pdf.byteSize == 1_204_332)
        #expect(hasNote(d, .invalidNumber, "dcat:byteSize", "1,204,332"))
        #expect(d.profile.detected == .dcatAPNL30)
    }

    @Test func blankNodeDatasetGetsAStableSkolemIRI() throws {
        let d = try #require(result.datasets.first { $0.isSkolemized })
        #expect(d.iri.hasPrefix("urn:oogst:genid:"))
        #expect(d.identifiers == ["UTR-AFVAL-2024"])
        #expect(d.distributions.isEmpty && d.publisher == nil)
        #expect(hasNote(d, .skolemized, "dct:identifier", "UTR-AFVAL-2024"))
        // The same source and identifier give the same IRI in another run; another source gives another.
        let again = try Load.map(Load.fixture("nl30-catalog.rdf"), source: "voorbeeldstad")
        #expect(again.datasets.contains { $0.iri == d.iri })
        let other = try Load.map(Load.fixture("nl30-catalog.ttl"), source: "elders")
        #expect(!other.datasets.contains { $0.iri == d.iri })
        #expect(result.catalogs.first?.datasets.contains(d.iri) == true)
    }

    @Test func dataServiceMapsItsEndpointAndServedDataset() throws {
        let s = try #require(result.dataServices.first)
        #expect(s.title["en"] == "Trees API")
        #expect(s.endpointURLs == ["https://api.voorbeeldstad.nl/bomen/v1/"])
        #expect(s.endpointDescriptions == ["https://api.voorbeeldstad.nl/bomen/v1/openapi.json"])
        #expect(s.servesDatasets == ["https://data.voorbeeldstad.nl/id/dataset/bomen"])
        #expect(s.license?.euCode == "CC0")
        #expect(s.contactPoints.first?.names["nl"] == "Team Open Data")
        #expect(s.hvdCategories == ["http://data.europa.eu/bna/c_ac64a52d"])
        #expect(s.subgraph.hash != 0)
    }
}

@Suite struct DONL11FixtureTests {
    let result: DCATMappingResult
    init() throws { result = try Load.map(Load.fixture("donl11-catalog.ttl")) }

    @Test func donlDatasetKeepsOWMSThemesAuthorityAndLegalFoundation() throws {
        let d = try result.require("https://opendata.example-rijk.nl/dataset/verkeersintensiteiten-rijkswegen")
        #expect(d.profile.detected == .dcatAPDONL11)
        #expect(d.profile.claimed == [.dcatAPDONL11])
        #expect(d.title.best() == "Verkeersintensiteiten rijkswegen")
        #expect(d.title.values.first?.language == nil)
        #expect(d.themes.compactMap(\.iri) == [owms + "Verkeer_(thema)", owms + "Weg_(thema)"])
        #expect(d.euThemeCodes == ["TRAN"])
        #expect(d.authority?.iri == owms + "Rijkswaterstaat")
        #expect(d.publisher?.iri == owms + "Rijkswaterstaat")
        #expect(d.license?.iri == "http://creativecommons.org/publicdomain/zero/1.0/deed.nl")
        #expect(d.status == eu + "dataset-status/COMPLETED")
        #expect(d.version == "2024.1")
        #expect(d.temporal == [PeriodOfTime(start: DateValue(value: "2012-01-01", precision: .date),
                                            end: DateValue(value: "2023-12-31", precision: .date), label: "2012 t/m 2023")])
        #expect(d.legalFoundation == LegalFoundation(reference: "jci1.3:c:BWBR0005537&hoofdstuk=5",
                                                     label: "Wegenverkeerswet 1994, hoofdstuk 5",
                                                     uri: "https://wetten.overheid.nl/BWBR0006622/"))
        #expect(d.classifications == ["highValue"])
        #expect(d.contactPoints.first?.emails == ["mailto:data@rws.example.nl"])
        #expect(d.contactPoints.first?.telephones == ["0800-8002"])
        let closed = try #require(d.distributions.first { $0.iri?.hasSuffix("/ruw") == true })
        #expect(closed.license?.iri == Licences.closedOWMS)
        #expect(closed.license?.openness == .notOpen)
        #expect(closed.rights.first?.label.best() == "Alleen voor onderzoek; doorlevering niet toegestaan.")
        let csv = try #require(d.distributions.first { $0.iri?.hasSuffix("/csv") == true })
        #expect(csv.byteSize == 18_338_201)
        #expect(csv.status == eu + "distribution-status/COMPLETED")
        #expect(csv.checksum?.algorithm == "http://spdx.org/rdf/terms#checksumAlgorithm_md5")
    }

    @Test func textValuesAreMappedToVocabularies() throws {
        let d = try result.require("https://opendata.example-rijk.nl/dataset/bevolking-per-gemeente")
        #expect(d.license?.iri == "http://creativecommons.org/publicdomain/zero/1.0/deed.nl")
        #expect(hasNote(d, .textMapped, "dct:license", "geen beperkingen"))
        #expect(d.accessRights?.iri == eu + "access-right/PUBLIC")
        #expect(hasNote(d, .textMapped, "dct:accessRights", "publiek"))
        #expect(d.issued == DateValue(value: "2019-06-01T00:00:00", precision: .dateTime, original: "2019-06-01 00:00:00"))
        #expect(d.modified == nil)  // the gap stays a gap
        #expect(d.temporal == [PeriodOfTime(label: "1995 tot heden")])
        #expect(d.euThemeCodes == ["GOVE", "REGI"])
        #expect(d.record?.conformsTo == ["https://dcat-ap-donl.readthedocs.io/en/latest/"])
    }
}

@Suite struct LegacyExportFixtureTests {
    let result: DCATMappingResult
    init() throws { result = try Load.map(Load.fixture("donl-legacy-export.ttl")) }

    @Test func legacyClassesAndPredicatesAreRead() throws {
        #expect(result.datasets.count == 2)
        let d = try result.require("https://data.overheid.nl/dataset/grondwaterstanden-provincie-voorbeeld")
        #expect(d.profile.detected == .donlLegacyExport)
        #expect(d.types == ["http://www.w3.org/ns/dcat#Dataset"])
        #expect(hasNote(d, .legacyPredicate, "dcat:Dataset", "https://data.overheid.nl/dcat.rdf#Dataset"))
        #expect(d.identifiers == ["https://www.provincie-voorbeeld.nl/data/grondwaterstanden"])
        #expect(d.otherIdentifiers.first?.iri == "https://data.overheid.nl/data/dataset/grondwaterstanden-provincie-voorbeeld")
        #expect(d.publisher?.iri == owms + "Provincie_Voorbeeld")
        #expect(d.authority?.iri == owms + "Provincie_Voorbeeld")
        #expect(d.languages == [eu + "language/NLD"])
        #expect(d.metadataLanguages == [eu + "language/NLD"])
        #expect(d.sourceCatalog == "https://nationaalgeoregister.nl")
        #expect(d.classifications == ["https://data.overheid.nl/dcat.rdf#HighValue"])
        #expect(d.legalFoundation == LegalFoundation(reference: "jci1.3:c:BWBR0025458", label: "Waterwet",
                                                     uri: "https://wetten.overheid.nl/"))
        let cp = try #require(d.contactPoints.first)
        #expect(cp.names.best() == "Provincie Voorbeeld, afdeling Water")
        #expect(cp.titles.best() == "Informatiebeheerder")
        #expect(cp.emails == ["mailto:water@provincie-voorbeeld.nl"])
        #expect(cp.telephones == ["+31 (0)88 123 45 67"])
        #expect(cp.urls == ["https://www.provincie-voorbeeld.nl/contact"])
        #expect(d.temporal.first?.start == DateValue(value: "2001-01-01T00:00:00", precision: .dateTime))
        #expect(d.temporal.first?.label.best() == "vanaf 2001")
        #expect(d.record?.status == "updated")
        #expect(d.record?.modified?.value == "2018-03-05T14:21:40.123456")
        let dist = try #require(d.distributions.first)
        #expect(dist.types == ["http://www.w3.org/ns/dcat#Distribution"])
        #expect(dist.checksum == Checksum(algorithm: "http://spdx.org/rdf/terms#checksumAlgorithm_sha1", value: "3b2c1f0e9d8c7b6a"))
        #expect(dist.distributionType == "https://data.overheid.nl/distributiontype/download")
        #expect(dist.byteSize == 20480)
    }

    @Test func legacyDirtIsRepaired() throws {
        let d = try result.require("https://data.overheid.nl/dataset/grondwaterstanden-provincie-voorbeeld")
        #expect(d.license?.iri == "https://creativecommons.org/licenses/by/4.0/deed.nl")
        #expect(d.distributions.first?.license?.euCode == "CC_BY_4_0")
        #expect(d.accessRights?.iri == eu + "access-right/RESTRICTED")
        #expect(hasNote(d, .vocabularyTypo, "dct:accessRights", eu + "access-right/RESTRICED"))
        #expect(d.modified == DateValue(value: "2018-03-05", precision: .date, original: "05-03-2018"))
        #expect(d.themes.compactMap(\.iri) == [owms + "Natuur_en_milieu"])
        #expect(hasNote(d, .duplicateRemoved, "dcat:theme", owms + "Natuur_en_milieu"))
        #expect(d.status == eu + "dataset-status/COMPLETED")
        #expect(d.euThemeCodes == ["ENVI"])
        let planned = try result.require("https://data.overheid.nl/dataset/subsidieregister-voorbeeld")
        #expect(planned.status == eu + "dataset-status/DEVELOP")
        #expect(planned.datePlanned?.value == "2025-01-01T00:00:00")
        #expect(planned.license?.iri == Licences.unknownOWMS)
        #expect(planned.license?.openness == .unknown)
        #expect(planned.contactPoints.first?.emails == ["mailto:subsidies@voorbeeld.nl"])
    }
}
