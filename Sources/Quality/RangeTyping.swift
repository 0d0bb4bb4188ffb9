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

    /// The data a dataset is validated on: a graph of `triples` plus one rdf:type statement per IRI value
    /// (of a property above) that has no statements of its own in `triples`; and which of its nodes
    /// `triples` describes (the only focus nodes worth judging: a typed reference would otherwise be held
    /// to the shapes of its class, for statements that live elsewhere).
    static func typed(_ triples: [Triple]) -> TypedData {
        var graph = Graph(triples)
        let statements = graph.count
        var described = [Bool](repeating: false, count: graph.termCount)
        for id in 0..<graph.termCount where graph.outDegree(TermID(id)) > 0 { described[id] = true }
        var rangeOf: [TermID: IRI?] = [:]
        for i in 0..<statements {
            let (_, p, o) = graph.statement(i)
            guard !described[Int(o)], case .iri = graph.term(o) else { continue }
            let range: IRI?
            if let known = rangeOf[p] { range = known } else {
                range = ranges[graph.predicateIRI(p).value].map(IRI.init)
                rangeOf[p] = range
            }
            // The graph keeps each statement once, as the list of added typings did.
            if let range { graph.insert(Triple(graph.term(o), RDFVocab.type, .iri(range))) }
        }
        return TypedData(graph: graph, described: described)
    }
}

/// A dataset's statements with the typings of its references, ready for validation.
struct TypedData {
    let graph: Graph
    /// By term id: whether the dataset's own statements describe the node.
    let described: [Bool]

    func isDescribed(_ node: Term) -> Bool {
        guard let id = graph.id(of: node), Int(id) < described.count else { return false }
        return described[Int(id)]
    }
}
