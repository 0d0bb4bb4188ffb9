import RDF

/// Model -> RDF as DCAT-AP NL 3.0, so a stored record can be re-published. Mapping the output again gives
/// the same model for everything the model holds (provenance aside: notes, the source subgraph, and the
/// original spelling of repaired dates are not statements about the dataset).
///
/// DONL 1.1 fields without an NL 3.0 counterpart (authority, metadata language, legal foundation, planned
/// date, classifications) are written in their DONL terms so nothing the model knows is lost.
public struct DCATSerializer: Sendable {
    /// Prefix of generated blank node labels.
    public var blankNodePrefix: String

    public init(blankNodePrefix: String = "s") { self.blankNodePrefix = blankNodePrefix }

    public func triples(for dataset: Dataset) -> [Triple] {
        var b = TripleBuilder(prefix: blankNodePrefix)
        write(dataset, &b)
        return b.triples
    }

    public func triples(for service: DataService) -> [Triple] {
        var b = TripleBuilder(prefix: blankNodePrefix)
        write(service, &b)
        return b.triples
    }

    public func triples(for catalog: Catalog) -> [Triple] {
        var b = TripleBuilder(prefix: blankNodePrefix)
        write(catalog, &b)
        return b.triples
    }

    /// Catalogs, datasets and services of one mapping result, as one graph.
    public func triples(for result: DCATMappingResult) -> [Triple] {
        var b = TripleBuilder(prefix: blankNodePrefix)
        for c in result.catalogs { write(c, &b) }
        for d in result.datasets { write(d, &b) }
        for s in result.dataServices { write(s, &b) }
        return b.triples
    }

    // MARK: records

    func write(_ d: Dataset, _ b: inout TripleBuilder) {
        let s = Term.iri(IRI(d.iri))
        var types = d.types
        if !types.contains(C.dataset) && !types.contains(C.series) { types.insert(d.kind == .series ? C.series : C.dataset, at: 0) }
        b.type(s, types)
        for i in d.identifiers { b.literal(s, P.identifier, i) }
        for i in d.otherIdentifiers { identifier(s, i, &b) }
        b.text(s, P.title, d.title)
        b.text(s, P.description, d.description)
        b.text(s, P.keyword, d.keywords)
        for t in d.themes { b.concept(s, P.theme, t) }
        if let a = d.publisher { agent(s, P.publisher, a, &b) }
        for a in d.creators { agent(s, P.creator, a, &b) }
        if let a = d.authority { agent(s, P.authority, a, &b) }
        for c in d.contactPoints { contactPoint(s, c, &b) }
        if let r = d.accessRights { rights(s, P.accessRights, r, &b) }
        if let l = d.license { license(s, l, &b) }
        for r in d.rights { rights(s, P.rights, r, &b) }
        b.concept(s, P.accrualPeriodicity, d.accrualPeriodicity)
        b.iris(s, P.language, d.languages)
        for l in d.spatial { location(s, l, &b) }
        for p in d.temporal { period(s, P.temporal, p, &b) }
        b.date(s, P.issued, d.issued)
        b.date(s, P.modified, d.modified)
        b.iris(s, P.landingPage, d.landingPages)
        for r in d.pages { reference(s, P.foafPage, r, &b) }
        for r in d.conformsTo { reference(s, P.conformsTo, r, &b) }
        b.iri(s, P.admsStatus, d.status)
        b.literal(s, P.version, d.version)
        b.text(s, P.versionNotes, d.versionNotes)
        b.iris(s, P.hvdCategory, d.hvdCategories)
        b.iris(s, P.applicableLegislation, d.applicableLegislation)
        for dist in d.distributions { distribution(s, dist, &b) }
        b.iris(s, P.admsSample, d.samples)
        b.iris(s, P.hasVersion, d.hasVersion)
        b.iris(s, P.isVersionOf, d.isVersionOf)
        b.iris(s, P.source, d.sources)
        b.iris(s, P.relation, d.relations)
        b.iris(s, P.isReferencedBy, d.isReferencedBy)
        b.iris(s, P.inSeries, d.inSeries)
        for r in d.qualifiedRelations {
            let n = b.node(nil)
            b.add(s, P.qualifiedRelation, n)
            b.type(n, [NS.dcat.iri + "Relationship"])
            b.iris(n, P.relation, r.relations)
            b.iris(n, P.hadRole, r.roles)
        }
        for r in d.provenance { reference(s, P.provenance, r, &b) }
        b.iris(s, P.wasGeneratedBy, d.wasGeneratedBy)
        b.iris(s, P.qualifiedAttribution, d.qualifiedAttributions)
        b.iris(s, P.dctType, d.datasetTypes)
        for r in d.spatialResolutionInMeters { b.literal(s, P.spatialResolution, r, datatype: XSD.decimal) }
        b.literal(s, P.temporalResolution, d.temporalResolution, datatype: XSD.duration)
        // DONL 1.1
        b.iris(s, P.metadataLanguage, d.metadataLanguages)
        b.iri(s, P.sourceCatalog, d.sourceCatalog)
        b.date(s, P.datePlanned, d.datePlanned)
        if let lf = d.legalFoundation {
            let n = b.node(nil)
            b.add(s, P.grondslag, n)
            b.literal(n, P.juriconnect, lf.reference)
            b.literal(n, P.linktekst, lf.label)
            b.iriOrLiteral(n, P.foafPage, lf.uri)
        }
        let flags = ["highValue": P.highValue, "basisRegister": P.basisRegister, "referentieData": P.referentieData,
                     "nationalCoverage": P.nationalCoverage]
        for c in d.classifications {
            if let p = flags[c] { b.literal(s, p, "true", datatype: XSD.boolean) } else { b.iri(s, P.classifiedAs, c) }
        }
        if let r = d.record { record(r, topic: s, &b) }
    }

    func write(_ v: DataService, _ b: inout TripleBuilder) {
        let s = Term.iri(IRI(v.iri))
        b.type(s, v.types.contains(C.dataService) ? v.types : [C.dataService] + v.types)
        for i in v.identifiers { b.literal(s, P.identifier, i) }
        for i in v.otherIdentifiers { identifier(s, i, &b) }
        b.text(s, P.title, v.title)
        b.text(s, P.description, v.description)
        b.text(s, P.keyword, v.keywords)
        for t in v.themes { b.concept(s, P.theme, t) }
        b.iris(s, P.endpointURL, v.endpointURLs)
        b.iris(s, P.endpointDescription, v.endpointDescriptions)
        b.iris(s, P.servesDataset, v.servesDatasets)
        if let a = v.publisher { agent(s, P.publisher, a, &b) }
        for a in v.creators { agent(s, P.creator, a, &b) }
        for c in v.contactPoints { contactPoint(s, c, &b) }
        if let r = v.accessRights { rights(s, P.accessRights, r, &b) }
        if let l = v.license { license(s, l, &b) }
        for r in v.rights { rights(s, P.rights, r, &b) }
        b.iris(s, P.language, v.languages)
        for f in v.formats { b.concept(s, P.format, f) }
        for r in v.conformsTo { reference(s, P.conformsTo, r, &b) }
        for r in v.pages { reference(s, P.foafPage, r, &b) }
        b.iris(s, P.landingPage, v.landingPages)
        b.iris(s, P.hvdCategory, v.hvdCategories)
        b.iris(s, P.applicableLegislation, v.applicableLegislation)
        for l in v.spatial { location(s, l, &b) }
        b.date(s, P.issued, v.issued)
        b.date(s, P.modified, v.modified)
    }

    func write(_ c: Catalog, _ b: inout TripleBuilder) {
        let s = Term.iri(IRI(c.iri))
        b.type(s, [C.catalog])
        b.text(s, P.title, c.title)
        b.text(s, P.description, c.description)
        if let a = c.publisher { agent(s, P.publisher, a, &b) }
        for a in c.creators { agent(s, P.creator, a, &b) }
        for cp in c.contactPoints { contactPoint(s, cp, &b) }
        b.iri(s, P.homepage, c.homepage)
        b.iris(s, P.language, c.languages)
        if let l = c.license { license(s, l, &b) }
        for r in c.rights { rights(s, P.rights, r, &b) }
        b.date(s, P.issued, c.issued)
        b.date(s, P.modified, c.modified)
        b.iris(s, P.themeTaxonomy, c.themeTaxonomies)
        for l in c.spatial { location(s, l, &b) }
        for p in c.temporal { period(s, P.temporal, p, &b) }
        b.iris(s, P.applicableLegislation, c.applicableLegislation)
        for r in c.conformsTo { reference(s, P.conformsTo, r, &b) }
        b.iris(s, P.dataset, c.datasets)
        b.iris(s, P.service, c.services)
        b.iris(s, P.catalog, c.catalogs)
        b.iris(s, P.hasPart, c.hasParts)
        b.iris(s, P.record, c.records)
    }

    // MARK: parts

    func distribution(_ s: Term, _ d: Distribution, _ b: inout TripleBuilder) {
        let n = b.node(d.iri)
        b.add(s, P.distribution, n)
        b.type(n, d.types.contains(C.distribution) ? d.types : [C.distribution] + d.types)
        b.text(n, P.title, d.title)
        b.text(n, P.description, d.description)
        b.iris(n, P.accessURL, d.accessURLs)
        b.iris(n, P.downloadURL, d.downloadURLs)
        b.concept(n, P.format, d.format)
        b.iri(n, P.mediaType, d.mediaType)
        b.iri(n, P.compressFormat, d.compressFormat)
        b.iri(n, P.packageFormat, d.packageFormat)
        if let size = d.byteSize { b.literal(n, P.byteSize, String(size), datatype: XSD.nonNegativeInteger) }
        if let l = d.license { license(n, l, &b) }
        if let r = d.accessRights { rights(n, P.accessRights, r, &b) }
        for r in d.rights { rights(n, P.rights, r, &b) }
        b.iris(n, P.language, d.languages)
        for r in d.conformsTo { reference(n, P.conformsTo, r, &b) }
        for r in d.pages { reference(n, P.foafPage, r, &b) }
        b.iri(n, P.admsStatus, d.status)
        b.iri(n, P.availability, d.availability)
        if let c = d.checksum {
            let cn = b.node(nil)
            b.add(n, P.checksum, cn)
            b.type(cn, [NS.spdx.iri + "Checksum"])
            b.iriOrLiteral(cn, P.algorithm, c.algorithm)
            b.literal(cn, P.checksumValue, c.value, datatype: IRI("http://www.w3.org/2001/XMLSchema#hexBinary"))
        }
        b.date(n, P.issued, d.issued)
        b.date(n, P.modified, d.modified)
        b.iris(n, P.accessService, d.accessServices)
        b.iris(n, P.applicableLegislation, d.applicableLegislation)
        for r in d.spatialResolutionInMeters { b.literal(n, P.spatialResolution, r, datatype: XSD.decimal) }
        b.literal(n, P.temporalResolution, d.temporalResolution, datatype: XSD.duration)
        b.iri(n, P.hasPolicy, d.hasPolicy)
        b.iri(n, P.distributionType, d.distributionType)
        b.iris(n, P.metadataLanguage, d.metadataLanguages)
    }

    func agent(_ s: Term, _ p: String, _ a: Agent, _ b: inout TripleBuilder) {
        let n = b.node(a.iri)
        b.add(s, p, n)
        b.type(n, a.types)
        b.text(n, P.foafName, a.names)
        b.iri(n, P.dctType, a.type)
        b.iris(n, P.mbox, a.emails)
        b.iris(n, P.homepage, a.homepages)
    }

    func contactPoint(_ s: Term, _ c: ContactPoint, _ b: inout TripleBuilder) {
        let n = b.node(c.iri)
        b.add(s, P.contactPoint, n)
        let cls: String
        switch c.kind {
        case .kind: cls = C.vcardKind
        case .individual: cls = C.individual
        case .organization: cls = C.organization
        case .group: cls = C.group
        case .location: cls = C.vLocation
        }
        b.type(n, [cls])
        b.text(n, P.fn, c.names)
        b.text(n, P.organizationName, c.organizationNames)
        b.text(n, P.vcardTitle, c.titles)
        b.iris(n, P.hasEmail, c.emails)
        for t in c.telephones {
            if t.hasPrefix("tel:") { b.iri(n, P.hasTelephone, t) } else { b.literal(n, P.hasTelephone, t) }
        }
        b.iris(n, P.hasURL, c.urls)
        for a in c.addresses { b.literal(n, P.hasAddress, a) }
    }

    func license(_ s: Term, _ l: LicenseDocument, _ b: inout TripleBuilder) {
        let n = b.node(l.iri)
        b.add(s, P.license, n)
        b.type(n, [NS.dct.iri + "LicenseDocument"])
        b.text(n, P.label, l.label)
        b.iri(n, P.dctType, l.type)
    }

    func rights(_ s: Term, _ p: String, _ r: RightsStatement, _ b: inout TripleBuilder) {
        let n = b.node(r.iri)
        b.add(s, p, n)
        b.type(n, [NS.dct.iri + "RightsStatement"])
        b.text(n, P.label, r.label)
    }

    func reference(_ s: Term, _ p: String, _ r: Reference, _ b: inout TripleBuilder) {
        let n = b.node(r.iri)
        b.add(s, p, n)
        b.text(n, P.label, r.label)
    }

    func location(_ s: Term, _ l: Location, _ b: inout TripleBuilder) {
        let n = b.node(l.iri)
        b.add(s, P.spatial, n)
        if l.iri == nil { b.type(n, [NS.dct.iri + "Location"]) }
        b.text(n, P.label, l.label)
        b.geometry(n, P.bbox, l.bbox)
        b.geometry(n, P.centroid, l.centroid)
        b.geometry(n, P.geometry, l.geometry)
    }

    func period(_ s: Term, _ p: String, _ t: PeriodOfTime, _ b: inout TripleBuilder) {
        let n = b.node(t.iri)
        b.add(s, p, n)
        b.type(n, [NS.dct.iri + "PeriodOfTime"])
        b.date(n, P.startDate, t.start)
        b.date(n, P.endDate, t.end)
        b.text(n, P.label, t.label)
    }

    func identifier(_ s: Term, _ i: Identifier, _ b: inout TripleBuilder) {
        if let iri = i.iri, iri == i.notation {
            b.iri(s, P.admsIdentifier, iri)
            return
        }
        let n = b.node(i.iri)
        b.add(s, P.admsIdentifier, n)
        b.type(n, [NS.adms.iri + "Identifier"])
        b.literal(n, P.notation, i.notation, datatype: i.scheme.map(IRI.init))
    }

    func record(_ r: CatalogRecord, topic: Term, _ b: inout TripleBuilder) {
        let n = b.node(r.iri)
        b.type(n, [C.record])
        b.add(n, P.primaryTopic, topic)
        b.text(n, P.title, r.title)
        b.text(n, P.description, r.description)
        b.date(n, P.issued, r.issued)
        b.date(n, P.modified, r.modified)
        b.iris(n, P.language, r.languages)
        b.iris(n, P.conformsTo, r.conformsTo)
        b.iriOrLiteral(n, P.admsStatus, r.status)
        b.iri(n, P.source, r.source)
    }
}
