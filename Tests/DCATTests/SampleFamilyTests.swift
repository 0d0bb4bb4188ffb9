import Foundation
import RDF
import Testing
@testable import DCAT

private let eu = "http://publications.europa.eu/resource/authority/"

/// Concrete values from one sample of each publisher family.
@Suite struct SampleFamilyTests {
    @Test func geonovumNL30Example() throws {
        guard let path = try Load.sample("turtle/dcat-ap-nl30-example-dataset.ttl") else { return }
        let d = try Load.map(path).require("https://data.exampleMS.gov/id/data/1T2p3o4B")
        #expect(d.title["nl"] == "Naam van de dataset")
        #expect(d.title["en"] == "Title of the dataset")
        #expect(d.description["en"] == "description of the dataset in english")
        #expect(d.keywords.values(in: "nl") == ["trefwoord 1", "trefwoord 2"])
        #expect(d.publisher?.names["nl"] == "Mijn Organisatie")
        #expect(d.publisher?.type == "http://purl.org/adms/publishertype/LocalAuthority")
        #expect(d.creators.first?.names["en"] == "My Organization")
        #expect(d.themes.map(\.iri) == [eu + "data-theme/EDUC"])
        #expect(d.themes.first?.label["en"] == "EDUC")
        #expect(d.accessRights?.iri == eu + "access-right/PUBLIC")
        #expect(d.contactPoints.first?.emails == ["mailto:opendata@mijnorganisatie.nl"])
        #expect(d.contactPoints.first?.urls == ["http://mijnorganisatie.org/"])
        #expect(d.spatial.contains { $0.iri == "https://www.geonames.org/2750405" })
        #expect(d.spatial.contains { $0.bbox?.value.hasPrefix("POLYGON ((3.053 47.975") == true })
        #expect(d.temporal.first?.end?.value == "2018-08-25")
        #expect(d.applicableLegislation == [Vocabularies.hvdLegislation])
        let dist = try #require(d.distributions.first)
        #expect(dist.mediaType == "https://www.iana.org/assignments/media-types/application/vnd.shp")
        #expect(dist.license?.euCode == "CC0")
        #expect(dist.downloadURLs == ["https://orgea.exampleMS.gov/files/1T2p3o4B.shp"])
        #expect(d.profile.detected == .dcatAPNL30)
    }

    /// The demo.ckan.org page in RDF/XML and in Turtle: identical models and identical hashes.
    @Test func ckanDemoTwinsAreIdentical() throws {
        guard let rdf = try Load.sample("rdfxml/ckan-demockanorg-page1.rdf"),
              let ttl = try Load.sample("turtle/ckan-demockanorg-page1.ttl") else { return }
        let a = try Load.map(rdf), b = try Load.map(ttl)
        #expect(a.datasets.count == 100 && b.datasets.count == 100)
        #expect(a.datasets.map(\.subgraph.hash) == b.datasets.map(\.subgraph.hash))
        #expect(Set(a.datasets.map(\.subgraph.hash)).count == 100)
        for (x, y) in zip(a.datasets, b.datasets) {
            #expect(firstDifference(x, y) == nil, "\(x.iri)")
        }
        #expect(a.catalogs.map(\.datasets) == b.catalogs.map(\.datasets))

        let d = try b.require("http://demo.ckan.org/dataset/0111a5d3-6a11-43e8-8b78-83f503ae123e")
        #expect(d.title.best() == "DyxDataSet01")
        #expect(d.identifiers == ["0111a5d3-6a11-43e8-8b78-83f503ae123e"])
        #expect(d.publisher?.names.best() == "dongyuxinOrganization")
        #expect(d.issued == DateValue(value: "2016-12-08T08:17:31.329726", precision: .dateTime))
        #expect(d.landingPages == ["http://www.baidu.com"])
        #expect(d.contactPoints.first?.emails == ["mailto:dgg@example.com"])
        let dist = try #require(d.distributions.first)
        #expect(dist.fileTypeCode == "XLSX")
        #expect(d.notes.contains { $0.kind == .textMapped && $0.original == ".xlsx" })
        #expect(dist.title.best() == "测试xlsx文件")
        #expect(d.catalog == "http://demo.ckan.org")
    }

    @Test func openDataSwissMultilingualBlankNodes() throws {
        guard let path = try Load.sample("rdfxml/opendata-swiss-bfs-catalog.rdf") else { return }
        let r = try Load.map(path)
        #expect(r.datasets.allSatisfy { $0.isSkolemized })
        let d = try #require(r.datasets.first { $0.title["de"] == "Statistisches Jahrbuch der Schweiz 1894" })
        #expect(d.title["fr"] == "Annuaire statistique de la Suisse 1894")
        #expect(d.keywords.values(in: "rm") == ["Basas statisticas e survistas"])
        #expect(d.keywords.values(in: "it").count == 2)
        #expect(d.keywords.languages.count == 5)
        #expect(d.publisher?.iri == "https://www.bfs.admin.ch/")
        #expect(d.languages == [eu + "language/DEU", eu + "language/FRA"])
        #expect(d.distributions.count == 3)
        #expect(d.distributions.contains { $0.mediaType == "https://www.iana.org/assignments/media-types/application/pdf" })
        #expect(r.catalogs.first?.datasets.sorted() == r.datasets.map(\.iri).sorted())
    }

    @Test func dataGouvFrVanves() throws {
        guard let path = try Load.sample("rdfxml/udata-datagouvfr-vanves-catalog.rdf") else { return }
        let r = try Load.map(path)
        let d = try r.require("https://vanves-seineouest.opendatasoft.com/explore/dataset/bureau-de-vote-vanves/")
        #expect(d.title.best() == "Bureaux de vote - Vanves")
        #expect(d.keywords.values(in: nil).contains("elections"))
        #expect(d.publisher?.names.best() == "Vanves")
        #expect(Set(d.distributions.compactMap(\.fileTypeCode)) == ["CSV", "JSON", "ZIP"])
        let s = try #require(r.dataServices.first)
        #expect(s.endpointURLs == ["https://vanves-seineouest.opendatasoft.com/api/explore/v2.1/"])
        #expect(s.servesDatasets.count == 2)
    }

    @Test func semicDCATAP211NTriples() throws {
        guard let path = try Load.sample("ntriples/semic-dcat-ap-2.1.1-example1.nt") else { return }
        let r = try Load.map(path)
        let d = try r.require("https://myorg.eu/opendata/datasets/1")
        #expect(d.title["en"] == "visitors to the Open Swimming Pool")
        #expect(d.publisher?.names["en"] == "Publisher")
        #expect(d.contactPoints.first?.emails == ["mailto:opendata@myorg.eu"])
        #expect(d.distributions.first?.license?.euCode == "CC0")
        #expect(r.catalogs.first?.title["en"] == "Open Data Catalog of my organisation")
    }

    @Test func govDataHamburgDCATAPde() throws {
        guard let path = try Load.sample("rdfxml/dcat-ap-de-full-example-hamburg.rdf") else { return }
        let d = try #require(try Load.map(path).datasets.first)
        #expect(d.title["de"] == "Naturräume Geest und Marsch")
        #expect(d.publisher?.names.best() == "Behörde für Umwelt und Energie (BUE), Amt für Umweltschutz")
        #expect(d.themes.compactMap(\.iri) == [eu + "data-theme/AGRI", eu + "data-theme/ENVI"])
        #expect(d.distributions.count == 5)
        #expect(d.distributions.filter { $0.license?.iri == "http://dcat-ap.de/def/licenses/dl-by-de/2.0" }.count == 4)
        #expect(d.profile.detected == .dcatAPNational)
        // dcatde: extension properties are not in the model but are kept.
        #expect(d.unmappedPredicates.contains("http://dcat-ap.de/def/dcatde/1.0.1/maintainer"))
    }

    @Test func geoNetworkGeoDCATRecord() throws {
        guard let path = try Load.sample("rdfxml/datara-geodcatap-record.rdf") else { return }
        let d = try #require(try Load.map(path).datasets.first)
        #expect(d.title["fr"] == "Couche relevés de végétations patrimoniales. PRFB. 2020")
        #expect(d.modified?.value == "2021-01-27")
        #expect(d.contactPoints.first?.emails == ["mailto:sig.dreal-ara@developpement-durable.gouv.fr"])
        // An empty dct:modified element next to a real one is reported, not fatal.
        #expect(d.notes.contains { $0.kind == .invalidDate })
    }

    @Test func semicHVDCatalogue() throws {
        guard let path = try Load.sample("turtle/semic-hvd-3.0.0-ms-catalogue.ttl") else { return }
        let r = try Load.map(path)
        let d = try r.require("https://data.exampleMS.gov/id/dataset/1T2p3o4B")
        #expect(d.title["en"] == "The population of bees")
        #expect(!d.hvdCategories.isEmpty)
        #expect(d.profile.detected == .dcatAPHVD)
        #expect(r.dataServices.first?.title["en"] == "EA API platform")
    }

    @Test func sextantDatasetSeries() throws {
        guard let path = try Load.sample("rdfxml/sextant-ifremer-datasetseries.rdf") else { return }
        let r = try Load.map(path)
        let d = try #require(r.datasets.first)
        #expect(d.kind == .series)
        #expect(d.themes.compactMap(\.iri) == [eu + "data-theme/ENVI"])
        // Its nested data services are mapped too, and stay part of the series' own subgraph.
        #expect(r.dataServices.count == 2)
        #expect(d.subgraph.ntriples.contains("https://sextant.ifremer.fr/services/wfs/dce_ap"))
    }
}

/// JSON-LD samples: twins of the Turtle and RDF/XML ones map to the same datasets.
@Suite struct JSONLDSampleTests {
    @Test func semicHVDTwinsAgree() throws {
        guard let ttl = try Load.sample("turtle/semic-hvd-3.0.0-ms-catalogue.ttl"),
              let json = try Load.sample("jsonld/semic-hvd-3.0.0-ms-catalogue.jsonld") else { return }
        let a = try Load.map(ttl), b = try Load.map(json)
        #expect(a.datasets.map(\.iri) == b.datasets.map(\.iri))
        for (x, y) in zip(a.datasets, b.datasets) {
            #expect(firstDifference(RoundTripTests.content(x), RoundTripTests.content(y)) == nil, "\(x.iri)")
        }
    }

    @Test func nationaalDatasetRegisterKB() throws {
        guard let path = try Load.sample("jsonld/nde-dcat-kb-alba-amicorum.jsonld") else { return }
        let d = try #require(try Load.map(path).datasets.first)
        #expect(d.title["nl"] == "Alba amicorum van de Koninklijke Bibliotheek")
        #expect(d.title["en"] == "Alba amicorum of the Dutch Royal Library")
        #expect(d.publisher?.names["nl"] == "Koninklijke Bibliotheek")
        #expect(d.distributions.contains { $0.mediaType == "https://www.iana.org/assignments/media-types/application/ld+json" })
        #expect(d.profile.detected == .dcatAPNL30)
    }

    @Test func udataBlankNodeDatasetsGetDistinctSkolemIRIs() throws {
        guard let path = try Load.sample("jsonld/udata-bnodes.jsonld") else { return }
        let r = try Load.map(path)
        #expect(r.datasets.count == 3)
        #expect(Set(r.datasets.map(\.iri)).count == 3)
        #expect(r.datasets.allSatisfy { $0.isSkolemized })
        #expect(Set(r.datasets.compactMap { $0.title.best() }) == ["Dataset 1", "Dataset 2", "Dataset 3"])
    }
}
