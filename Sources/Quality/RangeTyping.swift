import RDF

/// The rdf:type a reference to a resource described elsewhere is taken to have: the range DCAT-AP 3.0.1
/// gives the property (RDFS range entailment, what pySHACL's `-i rdfs` with the DCAT-AP ontology gives).
///
/// A dataset's subgraph stops at nodes other records share (the publisher every dataset points at) and
/// at resources on the web (an EU theme, a GeoNames place, a landing page). Their types live elsewhere
/// (in the page, in the EU vocabularies SEMIC's validator imports), so `sh:class` would fail on every
/// dataset for want of a statement nobody writes. Nodes described inside the subgraph (blank-node
/// contact points, the dataset's own distributions) get no such help: they must say what they are.
enum RangeTyping {
    static let dcat = NS.dcat.iri, dct = NS.dct.iri, foaf = NS.foaf.iri, adms = NS.adms.iri
    static let skosConcept = NS.skos.iri + "Concept"

    static let ranges: [String: String] = [
        dct + "publisher": foaf + "Agent",
        dct + "creator": foaf + "Agent",
        dcat + "contactPoint": NS.vcard.iri + "Kind",
        dcat + "theme": skosConcept,
        dct + "type": skosConcept,
        adms + "status": skosConcept,
        NS.dcatap.iri + "hvdCategory": skosConcept,
        NS.dcatap.iri + "availability": skosConcept,
        dct + "accessRights": dct + "RightsStatement",
        dct + "rights": dct + "RightsStatement",
        dct + "license": dct + "LicenseDocument",
        dct + "format": dct + "MediaTypeOrExtent",
        dcat + "mediaType": dct + "MediaType",
        dcat + "compressFormat": dct + "MediaType",
        dcat + "packageFormat": dct + "MediaType",
        dct + "language": dct + "LinguisticSystem",
        dct + "accrualPeriodicity": dct + "Frequency",
        dct + "spatial": dct + "Location",
        dct + "temporal": dct + "PeriodOfTime",
        dct + "conformsTo": dct + "Standard",
        dct + "provenance": dct + "ProvenanceStatement",
        dcat + "landingPage": foaf + "Document",
        foaf + "page": foaf + "Document",
        NS.dcatap.iri + "applicableLegislation": "http://data.europa.eu/eli/ontology#LegalResource",
        dcat + "accessService": dcat + "DataService",
        dcat + "distribution": dcat + "Distribution",
        dcat + "inSeries": dcat + "DatasetSeries",
        adms + "identifier": adms + "Identifier",
        NS.spdx.iri + "checksum": NS.spdx.iri + "Checksum",
        NS.spdx.iri + "algorithm": NS.spdx.iri + "ChecksumAlgorithm",
        NS.prov.iri + "wasGeneratedBy": NS.prov.iri + "Activity",
        dcat + "qualifiedRelation": dcat + "Relationship",
        dcat + "qualifiedAttribution": NS.prov.iri + "Attribution",
    ]

    /// `triples` plus one rdf:type statement per IRI value (of a property above) that has no statements
    /// of its own in `triples`; and the nodes `triples` describes (the only focus nodes worth judging:
    /// a typed reference would otherwise be held to the shapes of its class, for statements that live
    /// elsewhere).
    static func typed(_ triples: [Triple]) -> (triples: [Triple], described: Set<Term>) {
        var described = Set<Term>()
        for t in triples { described.insert(t.subject) }
        var out = triples
        var added = Set<Triple>()
        for t in triples {
            guard case .iri = t.object, !described.contains(t.object), let cls = ranges[t.predicate.value] else { continue }
            let typing = Triple(t.object, RDFVocab.type, .iri(IRI(cls)))
            if added.insert(typing).inserted { out.append(typing) }
        }
        return (out, described)
    }
}
