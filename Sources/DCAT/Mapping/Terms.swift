import RDF

/// Namespaces beyond `NS` that DCAT feeds use.
enum DCATNS {
    static let donl = "https://data.overheid.nl/dcat.rdf#"
    static let overheid = "http://standaarden.overheid.nl/owms/terms/"
    static let vcardLegacy = "http://www.w3.org/2006/vcard/"
    static let vcardRDF3 = "http://www.w3.org/2001/vcard-rdf/3.0#"
    static let dc11 = "http://purl.org/dc/elements/1.1/"
    static let dcatHTTPS = "https://www.w3.org/ns/dcat#"
    static let schemaHTTPS = "https://schema.org/"
    static let eli = "http://data.europa.eu/eli/ontology#"
    static let gsp = "http://www.opengis.net/ont/geosparql#"
}

/// Canonical predicate and class IRIs the model maps, as strings (dictionary keys of `NodeView`).
enum P {
    static let type = NS.rdf.iri + "type"
    static let label = NS.rdfs.iri + "label"
    // dct
    static let title = NS.dct.iri + "title", description = NS.dct.iri + "description"
    static let identifier = NS.dct.iri + "identifier", publisher = NS.dct.iri + "publisher"
    static let creator = NS.dct.iri + "creator", accessRights = NS.dct.iri + "accessRights"
    static let license = NS.dct.iri + "license", rights = NS.dct.iri + "rights"
    static let accrualPeriodicity = NS.dct.iri + "accrualPeriodicity", language = NS.dct.iri + "language"
    static let spatial = NS.dct.iri + "spatial", temporal = NS.dct.iri + "temporal"
    static let issued = NS.dct.iri + "issued", modified = NS.dct.iri + "modified"
    static let conformsTo = NS.dct.iri + "conformsTo", dctType = NS.dct.iri + "type"
    static let hasVersion = NS.dct.iri + "hasVersion", isVersionOf = NS.dct.iri + "isVersionOf"
    static let source = NS.dct.iri + "source", relation = NS.dct.iri + "relation"
    static let isReferencedBy = NS.dct.iri + "isReferencedBy", provenance = NS.dct.iri + "provenance"
    static let format = NS.dct.iri + "format", hasPart = NS.dct.iri + "hasPart"
    // dcat
    static let dataset = NS.dcat.iri + "dataset", distribution = NS.dcat.iri + "distribution"
    static let keyword = NS.dcat.iri + "keyword", theme = NS.dcat.iri + "theme"
    static let contactPoint = NS.dcat.iri + "contactPoint", landingPage = NS.dcat.iri + "landingPage"
    static let accessURL = NS.dcat.iri + "accessURL", downloadURL = NS.dcat.iri + "downloadURL"
    static let mediaType = NS.dcat.iri + "mediaType", byteSize = NS.dcat.iri + "byteSize"
    static let compressFormat = NS.dcat.iri + "compressFormat", packageFormat = NS.dcat.iri + "packageFormat"
    static let accessService = NS.dcat.iri + "accessService", endpointURL = NS.dcat.iri + "endpointURL"
    static let endpointDescription = NS.dcat.iri + "endpointDescription"
    static let servesDataset = NS.dcat.iri + "servesDataset", service = NS.dcat.iri + "service"
    static let catalog = NS.dcat.iri + "catalog", record = NS.dcat.iri + "record"
    static let themeTaxonomy = NS.dcat.iri + "themeTaxonomy", inSeries = NS.dcat.iri + "inSeries"
    static let qualifiedRelation = NS.dcat.iri + "qualifiedRelation", hadRole = NS.dcat.iri + "hadRole"
    static let version = NS.dcat.iri + "version"
    static let startDate = NS.dcat.iri + "startDate", endDate = NS.dcat.iri + "endDate"
    static let bbox = NS.dcat.iri + "bbox", centroid = NS.dcat.iri + "centroid"
    static let spatialResolution = NS.dcat.iri + "spatialResolutionInMeters"
    static let temporalResolution = NS.dcat.iri + "temporalResolution"
    // others
    static let applicableLegislation = NS.dcatap.iri + "applicableLegislation"
    static let hvdCategory = NS.dcatap.iri + "hvdCategory", availability = NS.dcatap.iri + "availability"
    static let admsIdentifier = NS.adms.iri + "identifier", admsSample = NS.adms.iri + "sample"
    static let admsStatus = NS.adms.iri + "status", versionNotes = NS.adms.iri + "versionNotes"
    static let foafName = NS.foaf.iri + "name", foafPage = NS.foaf.iri + "page"
    static let homepage = NS.foaf.iri + "homepage", mbox = NS.foaf.iri + "mbox"
    static let primaryTopic = NS.foaf.iri + "primaryTopic", isPrimaryTopicOf = NS.foaf.iri + "isPrimaryTopicOf"
    static let prefLabel = NS.skos.iri + "prefLabel", notation = NS.skos.iri + "notation"
    static let checksum = NS.spdx.iri + "checksum", checksumValue = NS.spdx.iri + "checksumValue"
    static let algorithm = NS.spdx.iri + "algorithm"
    static let hasPolicy = NS.odrl.iri + "hasPolicy"
    static let wasGeneratedBy = NS.prov.iri + "wasGeneratedBy"
    static let qualifiedAttribution = NS.prov.iri + "qualifiedAttribution"
    static let geometry = NS.locn.iri + "geometry"
    static let hasBeginning = NS.time.iri + "hasBeginning", hasEnd = NS.time.iri + "hasEnd"
    static let inXSDDate = NS.time.iri + "inXSDDate", inXSDDateTime = NS.time.iri + "inXSDDateTime"
    static let inXSDDateTimeStamp = NS.time.iri + "inXSDDateTimeStamp", inXSDgYear = NS.time.iri + "inXSDgYear"
    static let owlSameAs = NS.owl.iri + "sameAs"
    /// The parts of a vCard address, in the order they are joined.
    static let addressParts = ["street-address", "postal-code", "locality", "region", "country-name"].map { NS.vcard.iri + $0 }
    static let schemaStartDate = NS.schema.iri + "startDate", schemaEndDate = NS.schema.iri + "endDate"
    // vcard
    static let fn = NS.vcard.iri + "fn", hasEmail = NS.vcard.iri + "hasEmail"
    static let hasTelephone = NS.vcard.iri + "hasTelephone", hasURL = NS.vcard.iri + "hasURL"
    static let organizationName = NS.vcard.iri + "organization-name", vcardTitle = NS.vcard.iri + "title"
    static let hasAddress = NS.vcard.iri + "hasAddress", hasValue = NS.vcard.iri + "hasValue"
    // DONL 1.1 (overheid: namespace) and the legacy donl: export
    static let authority = DCATNS.overheid + "authority", grondslag = DCATNS.overheid + "grondslag"
    static let juriconnect = DCATNS.overheid + "juriconnectverwijzing", linktekst = DCATNS.overheid + "linktekst"
    static let metadataLanguage = DCATNS.donl + "metadataLanguage", sourceCatalog = DCATNS.donl + "sourceCatalog"
    static let datePlanned = DCATNS.donl + "plannedPublicationDate", classifiedAs = DCATNS.donl + "classifiedAs"
    static let distributionType = DCATNS.donl + "distributionType", legalBases = DCATNS.donl + "legalBases"
    static let juriconnectName = DCATNS.donl + "juriconnectName", juriconnectCode = DCATNS.donl + "juriconnectCode"
    static let juriconnectDomain = DCATNS.donl + "juriconnectDomain"
    static let highValue = DCATNS.overheid + "highValue", basisRegister = DCATNS.overheid + "basisRegister"
    static let referentieData = DCATNS.overheid + "referentieData", nationalCoverage = DCATNS.overheid + "nationalCoverage"
}

/// Canonical class IRIs.
enum C {
    static let dataset = NS.dcat.iri + "Dataset", series = NS.dcat.iri + "DatasetSeries"
    static let distribution = NS.dcat.iri + "Distribution", dataService = NS.dcat.iri + "DataService"
    static let catalog = NS.dcat.iri + "Catalog", record = NS.dcat.iri + "CatalogRecord"
    static let vcardKind = NS.vcard.iri + "Kind", individual = NS.vcard.iri + "Individual"
    static let organization = NS.vcard.iri + "Organization", group = NS.vcard.iri + "Group"
    static let vLocation = NS.vcard.iri + "Location"
}
