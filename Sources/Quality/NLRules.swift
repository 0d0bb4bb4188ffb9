import RDF
import SHACL

/// Oogst's own DCAT-AP NL 3.0 rules for datasets and distributions, as SHACL: the mandatory (V) and
/// conditional rules as violations, the recommended (A) ones as warnings, code lists as patterns and
/// lists, with messages in English and Dutch. Facts from the DCAT-AP NL 3.0 property tables and value
/// lists; the official shapes (`SHACLComplianceChecker(directories:)`) stay the reference.
public enum NLRules {
    public static func checker() throws -> SHACLComplianceChecker {
        var graph = Graph()
        try TurtleReader(base: "urn:oogst:dcat-ap-nl-3.0:", blankNodePrefix: "nlrules")
            .read(from: MemoryByteSource(turtle, name: "oogst-dcat-ap-nl-3.0.ttl"), into: &graph)
        return SHACLComplianceChecker(validator: try Validator(shapes: graph, classAxioms: SHACLComplianceChecker.backgroundAxioms))
    }

    public static let turtle = #"""
    @prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
    @prefix sh:     <http://www.w3.org/ns/shacl#> .
    @prefix dcat:   <http://www.w3.org/ns/dcat#> .
    @prefix dct:    <http://purl.org/dc/terms/> .
    @prefix foaf:   <http://xmlns.com/foaf/0.1/> .
    @prefix vcard:  <http://www.w3.org/2006/vcard/ns#> .
    @prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
    @prefix access: <http://publications.europa.eu/resource/authority/access-right/> .
    @prefix r:      <urn:oogst:dcat-ap-nl-3.0:> .

    r:Dataset a sh:NodeShape ;
        sh:targetClass dcat:Dataset ;
        sh:property r:datasetTitle, r:datasetDescription, r:datasetIdentifier, r:datasetTheme, r:datasetEUTheme,
            r:datasetPublisher, r:datasetCreator, r:datasetContactPoint, r:datasetAccessRights,
            r:datasetKeyword, r:datasetSpatial, r:datasetTemporal, r:datasetLandingPage, r:datasetLanguage,
            r:datasetIssued, r:datasetModified .

    r:datasetTitle sh:path dct:title ; sh:minCount 1 ; sh:nodeKind sh:Literal ;
        sh:message "A dataset has a title (dct:title)."@en, "Een dataset heeft een titel (dct:title)."@nl .
    r:datasetDescription sh:path dct:description ; sh:minCount 1 ; sh:nodeKind sh:Literal ;
        sh:message "A dataset has a description (dct:description)."@en, "Een dataset heeft een beschrijving (dct:description)."@nl .
    r:datasetIdentifier sh:path dct:identifier ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:Literal ;
        sh:message "A dataset has exactly one dct:identifier, the identifier its owner gave it."@en,
            "Een dataset heeft precies één dct:identifier, de identificatie van de eigenaar."@nl .
    r:datasetTheme sh:path dcat:theme ; sh:minCount 1 ; sh:nodeKind sh:IRI ;
        sh:message "A dataset has at least one theme (dcat:theme), given as an IRI."@en,
            "Een dataset heeft minstens één thema (dcat:theme), als IRI."@nl .
    r:datasetEUTheme sh:path dcat:theme ;
        sh:qualifiedValueShape [ sh:pattern "^https?://publications\\.europa\\.eu/resource/authority/data-theme/" ] ;
        sh:qualifiedMinCount 1 ;
        sh:message "At least one theme comes from the EU data theme vocabulary."@en,
            "Minstens één thema komt uit de EU-waardelijst data-theme."@nl .
    r:datasetPublisher sh:path dct:publisher ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:BlankNodeOrIRI ;
        sh:message "A dataset has exactly one publisher (dct:publisher), a foaf:Agent."@en,
            "Een dataset heeft precies één uitgever (dct:publisher), een foaf:Agent."@nl .
    r:datasetCreator sh:path dct:creator ; sh:minCount 1 ; sh:nodeKind sh:BlankNodeOrIRI ;
        sh:message "A dataset has at least one creator (dct:creator), a foaf:Agent."@en,
            "Een dataset heeft minstens één maker (dct:creator), een foaf:Agent."@nl .
    r:datasetContactPoint sh:path dcat:contactPoint ; sh:minCount 1 ; sh:class vcard:Kind ;
        sh:message "A dataset has a contact point (dcat:contactPoint), a vcard:Kind."@en,
            "Een dataset heeft een contactpunt (dcat:contactPoint), een vcard:Kind."@nl .
    r:datasetAccessRights sh:path dct:accessRights ; sh:minCount 1 ; sh:maxCount 1 ;
        sh:in ( access:PUBLIC access:RESTRICTED access:NON_PUBLIC ) ;
        sh:message "A dataset has one dct:accessRights: PUBLIC, RESTRICTED or NON_PUBLIC from the EU list."@en,
            "Een dataset heeft één dct:accessRights: PUBLIC, RESTRICTED of NON_PUBLIC uit de EU-lijst."@nl .
    r:datasetKeyword sh:path dcat:keyword ; sh:minCount 1 ; sh:severity sh:Warning ;
        sh:message "Keywords (dcat:keyword) are recommended."@en, "Trefwoorden (dcat:keyword) worden aanbevolen."@nl .
    r:datasetSpatial sh:path dct:spatial ; sh:minCount 1 ; sh:severity sh:Warning ;
        sh:message "Geographical coverage (dct:spatial) is recommended."@en, "Geografisch gebied (dct:spatial) wordt aanbevolen."@nl .
    r:datasetTemporal sh:path dct:temporal ; sh:minCount 1 ; sh:severity sh:Warning ;
        sh:message "Temporal coverage (dct:temporal) is recommended."@en, "Tijdsperiode (dct:temporal) wordt aanbevolen."@nl .
    r:datasetLandingPage sh:path dcat:landingPage ; sh:minCount 1 ; sh:severity sh:Warning ;
        sh:message "A landing page (dcat:landingPage) is recommended."@en, "Een landingspagina (dcat:landingPage) wordt aanbevolen."@nl .
    r:datasetLanguage sh:path dct:language ; sh:minCount 1 ; sh:severity sh:Warning ;
        sh:message "The language of the data (dct:language) is recommended."@en, "De taal van de data (dct:language) wordt aanbevolen."@nl .
    r:datasetIssued sh:path dct:issued ; sh:maxCount 1 ; sh:or r:dateTypes ;
        sh:message "dct:issued is one xsd:date, xsd:dateTime, xsd:gYear or xsd:gYearMonth."@en,
            "dct:issued is één xsd:date, xsd:dateTime, xsd:gYear of xsd:gYearMonth."@nl .
    r:datasetModified sh:path dct:modified ; sh:maxCount 1 ; sh:or r:dateTypes ;
        sh:message "dct:modified is one xsd:date, xsd:dateTime, xsd:gYear or xsd:gYearMonth."@en,
            "dct:modified is één xsd:date, xsd:dateTime, xsd:gYear of xsd:gYearMonth."@nl .

    r:dateTypes rdf:first [ sh:datatype xsd:date ] ; rdf:rest ( [ sh:datatype xsd:dateTime ] [ sh:datatype xsd:gYear ] [ sh:datatype xsd:gYearMonth ] ) .

    r:Distribution a sh:NodeShape ;
        sh:targetClass dcat:Distribution ;
        sh:property r:distAccessURL, r:distLicence, r:distDownloadURL, r:distFormat, r:distMediaType,
            r:distByteSize, r:distDescription, r:distLinkedSchemas ;
        sh:or ( [ sh:path dcat:downloadURL ; sh:maxCount 0 ] [ sh:path dcat:mediaType ; sh:minCount 1 ] ) ;
        sh:message "A distribution with a dcat:downloadURL gives its dcat:mediaType."@en,
            "Een distributie met een dcat:downloadURL geeft haar dcat:mediaType."@nl .

    r:distAccessURL sh:path dcat:accessURL ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:BlankNodeOrIRI ;
        sh:message "A distribution has exactly one dcat:accessURL, an IRI."@en,
            "Een distributie heeft precies één dcat:accessURL, een IRI."@nl .
    r:distLicence sh:path dct:license ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:BlankNodeOrIRI ;
        sh:message "A distribution has exactly one licence (dct:license), an IRI from the licence list."@en,
            "Een distributie heeft precies één licentie (dct:license), een IRI uit de licentielijst."@nl .
    r:distDownloadURL sh:path dcat:downloadURL ; sh:maxCount 1 ; sh:nodeKind sh:BlankNodeOrIRI ;
        sh:message "A distribution has at most one dcat:downloadURL, an IRI."@en,
            "Een distributie heeft hooguit één dcat:downloadURL, een IRI."@nl .
    r:distFormat sh:path dct:format ; sh:maxCount 1 ; sh:nodeKind sh:IRI ;
        sh:pattern "^https?://publications\\.europa\\.eu/resource/authority/file-type/" ;
        sh:message "dct:format is one IRI from the EU file type vocabulary."@en,
            "dct:format is één IRI uit de EU-waardelijst file-type."@nl .
    r:distMediaType sh:path dcat:mediaType ; sh:maxCount 1 ; sh:nodeKind sh:IRI ;
        sh:pattern "^https?://www\\.iana\\.org/assignments/media-types/" ;
        sh:message "dcat:mediaType is one IANA media type IRI."@en, "dcat:mediaType is één IANA-mediatype-IRI."@nl .
    r:distByteSize sh:path dcat:byteSize ; sh:maxCount 1 ; sh:datatype xsd:nonNegativeInteger ;
        sh:message "dcat:byteSize is one xsd:nonNegativeInteger."@en, "dcat:byteSize is één xsd:nonNegativeInteger."@nl .
    r:distDescription sh:path dct:description ; sh:minCount 1 ; sh:severity sh:Warning ;
        sh:message "A description of the distribution (dct:description) is recommended."@en,
            "Een beschrijving van de distributie (dct:description) wordt aanbevolen."@nl .
    r:distLinkedSchemas sh:path dct:conformsTo ; sh:minCount 1 ; sh:severity sh:Warning ;
        sh:message "The schema the data follows (dct:conformsTo) is recommended."@en,
            "Het schema van de data (dct:conformsTo) wordt aanbevolen."@nl .
    """#
}
