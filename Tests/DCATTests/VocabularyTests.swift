import Foundation
import Testing
@testable import DCAT

private let eu = "http://publications.europa.eu/resource/authority/"

@Suite struct VocabularyTests {
    @Test func tablesHaveTheirConcepts() {
        #expect(Vocabularies.dataThemes.codes.count == 14)  // 13 themes + OP_DATPRO
        #expect(Vocabularies.dataThemes.label("ENVI", column: 2) == "Milieu")
        #expect(Vocabularies.accessRights.contains(code: "NON_PUBLIC"))
        #expect(Vocabularies.frequencies.contains(code: "ANNUAL") && Vocabularies.frequencies.contains(code: "IRREG"))
        #expect(Vocabularies.distributionStatus.codes.sorted() == ["COMPLETED", "DEPRECATED", "DEVELOP", "WITHDRAWN"])
        #expect(Vocabularies.plannedAvailability.contains(code: "STABLE"))
        #expect(Vocabularies.languages.contains(code: "NLD") && Vocabularies.languages.contains(code: "FRY"))
        #expect(Vocabularies.hvdCategories.label("c_ac64a52d") == "Geospatial")
        #expect(Vocabularies.hvdCategories.codes.count > 90)
        #expect(Vocabularies.licences.contains(code: "CC_BY_4_0"))
    }

    @Test func fileTypesCarryTheMQAFlags() throws {
        let csv = try #require(FileTypes.info(iri: eu + "file-type/CSV"))
        #expect(csv.nonProprietary && csv.machineReadable)
        let xlsx = try #require(FileTypes.info(code: "XLSX"))
        #expect(!xlsx.nonProprietary && xlsx.machineReadable)
        let pdf = try #require(FileTypes.info(code: "PDF"))
        #expect(!pdf.machineReadable)
        #expect(FileTypes.info(code: "GEOJSON")?.nonProprietary == true)
        #expect(FileTypes.info(code: "NOPE") == nil)
        #expect(FileTypes.code(forText: "csv") == "CSV")
        #expect(FileTypes.code(forText: ".xlsx") == "XLSX")
        #expect(FileTypes.code(forText: "text/csv") == "CSV")
        #expect(FileTypes.code(forText: "Esri Shapefile") == "SHP")
        #expect(FileTypes.code(forText: "Kartenviewer") == nil)
    }

    @Test func mediaTypes() {
        #expect(MediaTypes.isRegistered("text/csv"))
        #expect(MediaTypes.isRegistered("application/geo+json"))
        #expect(!MediaTypes.isRegistered("text/comma-separated"))
        #expect(MediaTypes.type(of: "https://www.iana.org/assignments/media-types/text/csv") == "text/csv")
        #expect(MediaTypes.type(of: "http://www.iana.org/assignments/media-types/application/zip") == "application/zip")
        #expect(MediaTypes.type(of: "text/csv; charset=utf-8") == "text/csv")
        #expect(MediaTypes.type(of: "CSV") == nil)
    }

    @Test func licencesInEverySpelling() {
        for url in ["http://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by/4.0/deed.nl",
                    "httpss://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by/4.0/legalcode",
                    "http://creativecommons.org/licenses/by/4.0", eu + "licence/CC_BY_4_0"] {
            #expect(Licences.info(iri: url)?.euCode == "CC_BY_4_0", "\(url)")
            #expect(Licences.info(iri: url)?.openness == .open, "\(url)")
        }
        #expect(Licences.info(iri: "http://creativecommons.org/publicdomain/zero/1.0/deed.nl")?.euCode == "CC0")
        #expect(Licences.info(iri: "https://creativecommons.org/licenses/by-nc/4.0/deed.nl")?.openness == .notOpen)
        #expect(Licences.info(iri: "http://creativecommons.org/licenses/by/3.0/nl/")?.euCode?.hasPrefix("CC_BY_3_0") == true)
        #expect(Licences.info(iri: "http://creativecommons.org/publicdomain/mark/1.0/deed.nl")?.openness == .open)
        #expect(Licences.info(iri: Licences.closedOWMS)?.openness == .notOpen)
        #expect(Licences.info(iri: Licences.unknownOWMS)?.openness == .unknown)
        #expect(Licences.info(iri: "https://example.org/my-licence") == nil)
        #expect(Licences.iri(forText: "Geen beperkingen") == "http://creativecommons.org/publicdomain/zero/1.0/deed.nl")
        #expect(Licences.iri(forText: "CC BY") == "http://creativecommons.org/licenses/by/4.0/deed.nl")
        #expect(Licences.iri(forText: "Publiek domein") == "http://creativecommons.org/publicdomain/mark/1.0/deed.nl")
    }

    @Test func typosInVocabularyIRIsAreRepairedOnlyWhenUnambiguous() {
        let ar = Vocabularies.accessRights
        #expect(ar.repair(eu + "access-right/RESTRICED") == eu + "access-right/RESTRICTED")
        #expect(ar.repair(eu + "access-right/public") == eu + "access-right/PUBLIC")
        #expect(ar.repair("https://publications.europa.eu/resource/authority/access-right/PUBLIC") == eu + "access-right/PUBLIC")
        #expect(ar.repair(eu + "access-right/PUBLIC") == nil)
        #expect(ar.repair("http://example.org/access-right/RESTRICED") == nil)
        #expect(ar.repair(eu + "access-right/SOMETHING_ELSE") == nil)
        // FRE is one edit from both FRA and FRY: no guess.
        #expect(Vocabularies.languages.repair(eu + "language/FRE") == nil)
        #expect(Vocabularies.frequencies.repair(eu + "frequency/ANUAL") == eu + "frequency/ANNUAL")
    }

    @Test func donlThemesMapToEUThemes() {
        let owms = DONLThemes.base
        #expect(DONLThemes.isTheme(owms + "Verkeer_(thema)"))
        #expect(!DONLThemes.isTheme(owms + "Rijkswaterstaat"))
        #expect(DONLThemes.topTheme(of: owms + "Weg_(thema)") == owms + "Verkeer_(thema)")
        #expect(DONLThemes.euThemes(for: owms + "Weg_(thema)") == ["TRAN"])
        #expect(DONLThemes.euThemes(for: owms + "Energie") == ["ENER"])
        #expect(DONLThemes.euThemes(for: owms + "Afval_(thema)") == ["ENVI"])
        #expect(DONLThemes.euThemes(for: "https://standaarden.overheid.nl/owms/terms/Zorg_en_gezondheid") == ["HEAL"])
        // Every DONL theme has at least one EU data theme, and only real ones.
        for code in GeneratedTables.donlThemes.keys {
            let themes = DONLThemes.euThemes(for: owms + code)
            #expect(!themes.isEmpty, "\(code)")
            #expect(themes.allSatisfy { Vocabularies.dataThemes.contains(code: $0) }, "\(code)")
        }
        #expect(GeneratedTables.donlThemes.keys.count == 110)
    }
}

@Suite struct EUThemeCodeTests {
    private let eu = "http://publications.europa.eu/resource/authority/data-theme/"
    private let owms = DONLThemes.base

    @Test func euThemesAndOWMSThemesGiveEachCodeOnceInFirstUse() {
        var d = Dataset(iri: "https://example.org/d")
        d.themes = [Concept(iri: owms + "Weg_(thema)"), Concept(iri: eu + "ENVI"), Concept(iri: eu + "TRAN"),
                    Concept(iri: nil, label: "geen IRI"), Concept(iri: "https://example.org/own-theme"),
                    Concept(iri: owms + "Afval_(thema)")]
        // Weg → TRAN, then ENVI; the EU TRAN and Afval's ENVI are repeats.
        #expect(d.euThemeCodes == ["TRAN", "ENVI"])
    }

    /// Many theme IRIs (a feed may repeat them endlessly) still give each code once, in first use.
    @Test func manyThemesGiveEachCodeOnce() {
        let codes = ["AGRI", "ECON", "EDUC", "ENER", "ENVI", "GOVE", "HEAL", "INTR", "JUST", "REGI", "SOCI",
                     "TECH", "TRAN", "OP_DATPRO"]
        var d = Dataset(iri: "https://example.org/d")
        d.themes = codes.map { Concept(iri: eu + $0) } + [Concept(iri: owms + "Energie")]
            + (0..<200).map { Concept(iri: eu + codes.reversed()[$0 % codes.count]) }
        #expect(d.euThemeCodes == codes)
    }
}

@Suite struct DateParserTests {
    @Test(arguments: [
        ("2024", "2024", DateValue.Precision.year),
        ("2024-03", "2024-03", .yearMonth),
        ("2024-03-01", "2024-03-01", .date),
        ("2024-03-01Z", "2024-03-01Z", .date),
        ("2024-03-01+01:00", "2024-03-01+01:00", .date),
        ("2024-03-01T10:00:00", "2024-03-01T10:00:00", .dateTime),
        ("2024-03-01T10:00:00.123456", "2024-03-01T10:00:00.123456", .dateTime),
        ("2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z", .dateTime),
        ("2024-03-01T10:00:00+02:00", "2024-03-01T10:00:00+02:00", .dateTime),
        ("2024-03-01T10:00", "2024-03-01T10:00:00", .dateTime),
        ("2024-03-01 10:00:00", "2024-03-01T10:00:00", .dateTime),
        ("  2024-03-01 ", "2024-03-01", .date),
        ("01-03-2024", "2024-03-01", .date),
        ("1-3-2024", "2024-03-01", .date),
        ("01/03/2024", "2024-03-01", .date),
        ("01.03.2024", "2024-03-01", .date),
        ("2024/03/01", "2024-03-01", .date),
        ("20240301", "2024-03-01", .date),
        ("2024-02-29", "2024-02-29", .date),
    ])
    func parses(_ input: String, _ value: String, _ precision: DateValue.Precision) throws {
        let d = try #require(DateParser.parse(input), "\(input)")
        #expect(d.value == value)
        #expect(d.precision == precision)
    }

    /// The shortcut for values already in canonical form must give what the general parser gives.
    @Test func canonicalShortcutAgreesWithTheGeneralParser() {
        var inputs: [String] = []
        for (y, m, d) in [(2024, 2, 29), (2023, 2, 28), (2023, 2, 29), (1999, 12, 31), (2024, 13, 1), (0, 1, 1), (2024, 4, 31)] {
            let date = String(format: "%04d-%02d-%02d", y, m, d)
            inputs.append(date)
            for time in ["T10:00:00", "T23:59:60", "T24:00:00", "T24:00:01", "T07:05:09.5", "T07:05:09.", "T10:60:00"] {
                for zone in ["", "Z", "+02:00", "-14:00", "+15:00", "+02:60", "+0200", "Zx", "z"] {
                    inputs.append(date + time + zone)
                }
            }
            inputs += [date + "Z", date + "+01:00", date + "t10:00:00", date + " 10:00:00", date + "T10:00:00,5"]
        }
        var shortcuts = 0
        for input in inputs {
            let general = DateParser.parseAnyForm(input)
            let precision = input.utf8.withContiguousStorageIfAvailable { DateParser.canonicalPrecision($0) } ?? nil
            if let precision {
                shortcuts += 1
                #expect(general == DateValue(value: input, precision: precision), "\(input)")
            }
            #expect(DateParser.parse(input) == general, "\(input)")
        }
        #expect(shortcuts > 50)
    }

    @Test(arguments: ["", "gisteren", "2023-02-29", "2024-13-01", "2024-00-10", "32-01-2024", "2024-03-01T25:00:00",
                      "2024-03-01T10:00:00+99:00", "12345", "2024-03-01T", "15 maart 2024", "2024-03-01 bla"])
    func rejects(_ input: String) {
        #expect(DateParser.parse(input) == nil, "\(input)")
    }
}

@Suite struct LocalizedTextTests {
    @Test func bestPrefersLanguagesThenUntaggedThenAny() {
        var t = LocalizedText()
        t.append(LocalizedString("Titel", language: "nl-NL"))
        t.append(LocalizedString("Title", language: "en"))
        t.append(LocalizedString("Titre", language: "fr"))
        #expect(t.best() == "Titel")
        #expect(t.best(preferring: ["en", "nl"]) == "Title")
        #expect(t.best(preferring: ["de"]) == "Titel")  // no untagged value: the first one
        #expect(t["nl"] == "Titel")
        t.append(LocalizedString("Zonder taal"))
        #expect(t.best(preferring: ["de"]) == "Zonder taal")
        let added = t.append(LocalizedString("Title", language: "en"))
        #expect(!added)
        #expect(t.count == 4)
        #expect(t.languages == ["nl-NL", "en", "fr", nil])
    }

    @Test func modelIsCodable() throws {
        let r = try Load.map(Load.fixture("nl30-catalog.ttl"))
        let data = try JSONEncoder().encode(r.datasets)
        let back = try JSONDecoder().decode([Dataset].self, from: data)
        #expect(back == r.datasets)
        #expect(back.first?.subgraph.triples.count == r.datasets.first?.subgraph.tripleCount)
    }
}
