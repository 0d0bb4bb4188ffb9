import RDF

/// Dataset, distribution, data service and catalog mapping.
extension MappingSession {
    /// Maps `term` into `ds`, an empty dataset where the result is to stay (`mapDatasets` hands each worker
    /// its slot of the result). Returned instead, the filled dataset was copied into the result and the
    /// original destroyed (a retain and a release of each of its ~70 fields; seen in the disassembly).
    func mapDataset(_ term: Term, catalog: Term?, into ds: inout Dataset) {
        let ctx = RecordContext(session: self)
        let id = graph.id(of: term)
        let statements = id.map(collect) ?? []
        let subgraph = Subgraph.canonical(statements, session: self)
        let v = ctx.recordView(id: id)

        let identifiers = ctx.plainStrings(v.values(P.identifier), P.identifier)
        if let iri = term.iri?.value {
            ds.iri = iri
        } else {
            ds.iri = skolem(for: term, identifier: identifiers.first, subgraph: subgraph)
            ds.isSkolemized = true
            ctx.notes.add(.skolemized, P.identifier, identifiers.first ?? "(no identifier)", ds.iri,
                          "blank-node dataset given a stable skolem IRI")
        }
        // Only a blank node needs its IRI looked up (its skolem IRI); an IRI names itself.
        if term.isBlank { recordIRIs[term] = ds.iri }
        ds.subgraph = subgraph
        if let isUnchanged, isUnchanged(ds.iri, subgraph.hashHex) {
            unchangedIRIs.append(ds.iri)
            return
        }
        fill(&ds, term: term, id: id, catalog: catalog, view: v, identifiers: identifiers, statements: statements, ctx: ctx)
    }

    /// The dataset's properties, filled in place. A function of its own, not the end of `mapDataset`:
    /// a large struct built field by field in the function that returns it was copied into the result and
    /// then destroyed (a retain and a release of each of its ~70 fields); filled through `inout` and
    /// returned by its builder, it moves.
    @inline(never)
    private func fill(_ ds: inout Dataset, term: Term, id: TermID?, catalog: Term?, view v: NodeView,
                      identifiers: [String], statements: [IDStatement], ctx: RecordContext) {
        ds.types = v.types.distinctElements().sortedIfNeeded()
        ds.kind = v.isA(C.series) ? .series : .dataset
        ds.identifiers = identifiers
        if identifiers.count > 1 {
            ctx.notes.add(.multipleValues, P.identifier, identifiers.joined(separator: " | "), identifiers[0],
                          "more than one dct:identifier")
        }
        ds.otherIdentifiers = ctx.identifiers(v.values(P.admsIdentifier), P.admsIdentifier)
        ds.title = ctx.text(v.values(P.title), P.title)
        ds.description = ctx.text(v.values(P.description), P.description)
        ds.keywords = keywords(v.values(P.keyword), ctx)
        ds.themes = themes(v.values(P.theme), ctx)
        ds.publisher = ctx.singleAgent(v.values(P.publisher), P.publisher)
        ds.creators = ctx.agents(v.values(P.creator), P.creator)
        ds.authority = ctx.singleAgent(v.values(P.authority), P.authority)
        ds.contactPoints = ctx.contactPoints(v.values(P.contactPoint), P.contactPoint)
        ds.accessRights = ctx.singleAccessRights(v.values(P.accessRights), P.accessRights)
        ds.license = ctx.singleLicense(v.values(P.license), P.license)
        ds.rights = ctx.rightsList(v.values(P.rights), P.rights)
        ds.accrualPeriodicity = frequency(v.values(P.accrualPeriodicity), ctx)
        ds.languages = ctx.languages(v.values(P.language), P.language)
        ds.spatial = ctx.locations(v.values(P.spatial), P.spatial)
        ds.temporal = ctx.periods(v.values(P.temporal), P.temporal)
        ds.issued = ctx.date(v.values(P.issued), P.issued)
        ds.modified = ctx.date(v.values(P.modified), P.modified)
        ds.landingPages = ctx.iris(v.values(P.landingPage), P.landingPage)
        ds.pages = ctx.references(v.values(P.foafPage), P.foafPage)
        ds.conformsTo = ctx.references(v.values(P.conformsTo), P.conformsTo)
        ds.status = ctx.status(v.values(P.admsStatus), P.admsStatus, Vocabularies.datasetStatus)
        ds.version = ctx.firstString(v.values(P.version), P.version)
        ds.versionNotes = ctx.text(v.values(P.versionNotes), P.versionNotes)
        ds.hvdCategories = ctx.conceptIRIs(v.values(P.hvdCategory), P.hvdCategory, Vocabularies.hvdCategories)
        ds.applicableLegislation = ctx.iris(v.values(P.applicableLegislation), P.applicableLegislation)
        ds.distributions = distributions(v.values(P.distribution), ctx)
        ds.samples = ctx.iris(v.values(P.admsSample), P.admsSample)
        ds.hasVersion = ctx.iris(v.values(P.hasVersion), P.hasVersion)
        ds.isVersionOf = ctx.iris(v.values(P.isVersionOf), P.isVersionOf)
        ds.sources = ctx.iris(v.values(P.source), P.source)
        ds.relations = ctx.iris(v.values(P.relation), P.relation)
        ds.isReferencedBy = ctx.iris(v.values(P.isReferencedBy), P.isReferencedBy)
        ds.inSeries = ctx.iris(v.values(P.inSeries), P.inSeries)
        ds.qualifiedRelations = ctx.relationships(v.values(P.qualifiedRelation))
        ds.provenance = ctx.references(v.values(P.provenance), P.provenance)
        ds.wasGeneratedBy = ctx.iris(v.values(P.wasGeneratedBy), P.wasGeneratedBy)
        ds.qualifiedAttributions = ctx.iris(v.values(P.qualifiedAttribution), P.qualifiedAttribution)
        ds.datasetTypes = ctx.iris(v.values(P.dctType), P.dctType)
        ds.spatialResolutionInMeters = ctx.plainStrings(v.values(P.spatialResolution), P.spatialResolution)
        ds.temporalResolution = ctx.firstString(v.values(P.temporalResolution), P.temporalResolution)
        // DONL 1.1
        ds.metadataLanguages = ctx.languages(v.values(P.metadataLanguage), P.metadataLanguage)
        ds.sourceCatalog = ctx.firstIRI(v.values(P.sourceCatalog), P.sourceCatalog)
        ds.datePlanned = ctx.date(v.values(P.datePlanned), P.datePlanned)
        ds.legalFoundation = ctx.legalFoundation(v)
        ds.classifications = classifications(v, ctx)

        ds.catalog = catalog.map { recordIRIs[$0] ?? $0.iri?.value ?? "" }
        ds.record = catalogRecord(for: term, id: id, ctx: ctx)
        ds.profile = ProfileDetector.report(claims: claims(record: ds.record, catalog: catalog),
                                            signals: ProfileDetector.signals(statements, session: self))
        ds.unmappedPredicates = v.unread
        ds.notes = ctx.notes.notes
    }

    func keywords(_ terms: [Term], _ ctx: RecordContext) -> LocalizedText {
        // Some feeds pack several keywords into one literal ("a, b, c"); they stay as given: splitting
        // would guess at the publisher's intent. Only exact duplicates go.
        ctx.text(terms, P.keyword)
    }

    func themes(_ terms: [Term], _ ctx: RecordContext) -> [Concept] {
        let repaired = ctx.concepts(terms, P.theme, nil).map { c in
            guard let iri = c.iri else {
                // Text themes: an EU theme code or label, else kept as a label.
                if let text = c.label.best(), let code = Vocabularies.dataThemes.match(text: text) {
                    ctx.notes.add(.textMapped, P.theme, text, Vocabularies.dataThemes.iri(code), "theme text matched to an EU data theme")
                    return Concept(iri: Vocabularies.dataThemes.iri(code))
                }
                return c
            }
            if let fixed = Vocabularies.dataThemes.repair(iri) {
                ctx.notes.add(VocabularyMatch.schemeOnly(iri, fixed) ? .iriRepaired : .vocabularyTypo, P.theme, iri, fixed,
                              "IRI corrected to the data-theme vocabulary")
                return Concept(iri: fixed, label: c.label)
            }
            if iri.hasPrefix("https://standaarden.overheid.nl/owms/terms/") {
                let fixed = "http://" + iri.dropFirst(8)
                ctx.notes.add(.iriRepaired, P.theme, iri, fixed, "OWMS theme IRI written with http")
                return Concept(iri: fixed, label: c.label)
            }
            return c
        }
        // Repairs can make two values one (`https://…/ENVI` and `http://…/ENVI`).
        return ctx.uniqueSorted(repaired, P.theme) { ($0.iri ?? "") + "\u{1}" + ($0.label.best() ?? "") }
    }

    func frequency(_ terms: [Term], _ ctx: RecordContext) -> Concept? {
        let all = terms.compactMap { t -> Concept? in
            // Dublin Core collection frequencies (`http://purl.org/cld/freq/annual`) used by DCAT-AP 1.
            if case .iri(let i) = t, i.value.hasPrefix("http://purl.org/cld/freq/") {
                let local = String(i.value.dropFirst("http://purl.org/cld/freq/".count))
                let map = ["triennial": "TRIENNIAL", "biennial": "BIENNIAL", "annual": "ANNUAL", "semiannual": "ANNUAL_2",
                           "threeTimesAYear": "ANNUAL_3", "quarterly": "QUARTERLY", "bimonthly": "BIMONTHLY",
                           "monthly": "MONTHLY", "semimonthly": "MONTHLY_2", "biweekly": "BIWEEKLY",
                           "threeTimesAMonth": "MONTHLY_3", "weekly": "WEEKLY", "semiweekly": "WEEKLY_2",
                           "threeTimesAWeek": "WEEKLY_3", "daily": "DAILY", "continuous": "CONT", "irregular": "IRREG"]
                if let code = map[local] {
                    let eu = Vocabularies.frequencies.iri(code)
                    ctx.notes.add(.textMapped, P.accrualPeriodicity, i.value, eu, "Dublin Core frequency mapped to the EU frequency vocabulary")
                    return Concept(iri: eu)
                }
            }
            return ctx.concept(t, P.accrualPeriodicity, Vocabularies.frequencies)
        }
        var unique = all.distinctElements()
        if unique.count > 1 { unique.sort { ($0.iri ?? "") < ($1.iri ?? "") } }
        if unique.count > 1 {
            ctx.notes.add(.multipleValues, P.accrualPeriodicity, unique.compactMap(\.iri).joined(separator: " | "),
                          unique[0].iri, "more than one value; kept the first")
        }
        return unique.first
    }

    /// DONL 1.1's boolean classifications, by the name they are stored under.
    private static let classificationFlags = [(P.highValue, "highValue"), (P.basisRegister, "basisRegister"),
                                              (P.referentieData, "referentieData"), (P.nationalCoverage, "nationalCoverage")]

    func classifications(_ v: NodeView, _ ctx: RecordContext) -> [String] {
        var out = Set(ctx.iris(v.values(P.classifiedAs), P.classifiedAs))
        for (p, name) in Self.classificationFlags {
            for case .literal(let l) in v.values(p) where ["true", "1"].contains(l.lexical.lowercased()) { out.insert(name) }
        }
        return out.sorted()
    }

    // MARK: distributions

    func distributions(_ terms: [Term], _ ctx: RecordContext) -> [Distribution] {
        var out: [Distribution] = []
        // Room for all at once: grown one by one, each reallocation moved every distribution so far.
        out.reserveCapacity(terms.count)
        for t in terms {
            switch t {
            case .literal(let l):
                ctx.notes.add(.unknownValue, P.distribution, l.lexical, nil, "a distribution given as text")
            case .iri, .blank:
                // Filled where it lies in the result: returned from `mapDistribution` and appended, each
                // distribution was copied and the original destroyed.
                out.append(Distribution(iri: t.iri?.value))
                fill(&out[out.count - 1], view: ctx.view(t), ctx)
            }
        }
        return ctx.uniqueSorted(out, P.distribution, key: Self.distributionKey)
    }

    /// What orders distributions and tells duplicates apart (those without an IRI are ordered by it):
    /// IRI, access URLs, download URLs, title and format, "\u{1}" between them. Built in one string sized
    /// first; joined with `+`, each step made a string of its own (~30k instructions a distribution list).
    static func distributionKey(_ d: Distribution) -> String {
        let title = d.title.best() ?? "", format = d.format?.iri ?? d.format?.label.best() ?? ""
        var size = (d.iri?.utf8.count ?? 0) + title.utf8.count + format.utf8.count + 4
        for u in d.accessURLs { size += u.utf8.count + 1 }
        for u in d.downloadURLs { size += u.utf8.count + 1 }
        var key = ""
        key.reserveCapacity(size)
        func append(_ list: [String]) {
            key += "\u{1}"
            for (n, u) in list.enumerated() {
                if n > 0 { key += " " }
                key += u
            }
        }
        key += d.iri ?? ""
        append(d.accessURLs)
        append(d.downloadURLs)
        key += "\u{1}"
        key += title
        key += "\u{1}"
        key += format
        return key
    }

    /// Filled through `inout`, not field by field in a function that returns it: see `fill(_:term:…)` for
    /// datasets.
    @inline(never)
    private func fill(_ d: inout Distribution, view v: NodeView, _ ctx: RecordContext) {
        d.types = v.types.distinctElements().sortedIfNeeded()
        d.title = ctx.text(v.values(P.title), P.title)
        d.description = ctx.text(v.values(P.description), P.description)
        d.accessURLs = ctx.iris(v.values(P.accessURL), P.accessURL)
        d.downloadURLs = ctx.iris(v.values(P.downloadURL), P.downloadURL)
        d.format = format(v.values(P.format), ctx)
        d.mediaType = mediaType(v.values(P.mediaType), P.mediaType, ctx)
        d.compressFormat = mediaType(v.values(P.compressFormat), P.compressFormat, ctx)
        d.packageFormat = mediaType(v.values(P.packageFormat), P.packageFormat, ctx)
        d.byteSize = ctx.byteSize(v.values(P.byteSize), P.byteSize)
        d.license = ctx.singleLicense(v.values(P.license), P.license)
        d.accessRights = ctx.singleAccessRights(v.values(P.accessRights), P.accessRights)
        d.rights = ctx.rightsList(v.values(P.rights), P.rights)
        d.languages = ctx.languages(v.values(P.language), P.language)
        d.conformsTo = ctx.references(v.values(P.conformsTo), P.conformsTo)
        d.pages = ctx.references(v.values(P.foafPage), P.foafPage)
        d.status = ctx.status(v.values(P.admsStatus), P.admsStatus, Vocabularies.distributionStatus)
        d.availability = ctx.conceptIRIs(v.values(P.availability), P.availability, Vocabularies.plannedAvailability).first
        d.checksum = ctx.checksum(v.values(P.checksum), P.checksum)
        d.issued = ctx.date(v.values(P.issued), P.issued)
        d.modified = ctx.date(v.values(P.modified), P.modified)
        d.accessServices = ctx.iris(v.values(P.accessService), P.accessService)
        d.applicableLegislation = ctx.iris(v.values(P.applicableLegislation), P.applicableLegislation)
        d.spatialResolutionInMeters = ctx.plainStrings(v.values(P.spatialResolution), P.spatialResolution)
        d.temporalResolution = ctx.firstString(v.values(P.temporalResolution), P.temporalResolution)
        d.hasPolicy = ctx.firstIRI(v.values(P.hasPolicy), P.hasPolicy)
        d.distributionType = ctx.firstIRI(v.values(P.distributionType), P.distributionType)
        d.metadataLanguages = ctx.languages(v.values(P.metadataLanguage), P.metadataLanguage)
    }

    /// dct:format: EU file types (typos repaired), media-type IRIs and free text matched to a file type.
    func format(_ terms: [Term], _ ctx: RecordContext) -> Concept? {
        let all = terms.compactMap { t -> Concept? in
            switch t {
            case .literal(let l):
                let text = ctx.trimmed(l.lexical)
                guard !text.isEmpty else { return nil }
                if ctx.looksLikeIRI(text) { return ctx.concept(t, P.format, Vocabularies.fileTypes) }
                let label = LocalizedText([LocalizedString(text, language: l.language)])
                if let code = FileTypes.code(forText: text) {
                    let iri = Vocabularies.fileTypes.iri(code)
                    // The text stays in the note; as a label it would stick to the shared file-type concept.
                    ctx.notes.add(.textMapped, P.format, text, iri, "format text matched to the EU file-type vocabulary")
                    return Concept(iri: iri)
                }
                ctx.notes.add(.unknownValue, P.format, text, nil, "format text that matches no EU file type")
                return Concept(iri: nil, label: label)
            case .iri(let i) where !Vocabularies.fileTypes.owns(i.value):
                return ctx.shared(t, sharedValues.formats, P.format) { Concept(iri: ctx.repairIRI(i.value, P.format), label: ctx.labels(of: t)) }
            case .blank:
                // A dct:MediaTypeOrExtent node with a label or rdf:value.
                let v = ctx.view(t)
                let value = v.values(RDFVocab.value.value).compactMap { $0.literal?.lexical }.first
                let label = ctx.labels(of: t)
                if let text = value ?? label.best(), let code = FileTypes.code(forText: text) {
                    ctx.notes.add(.textMapped, P.format, text, Vocabularies.fileTypes.iri(code), "format text matched to the EU file-type vocabulary")
                    return Concept(iri: Vocabularies.fileTypes.iri(code))
                }
                return label.isEmpty && value == nil ? nil : Concept(iri: nil, label: value.map { LocalizedText([LocalizedString($0)]) } ?? label)
            default:
                return ctx.concept(t, P.format, Vocabularies.fileTypes)
            }
        }
        var unique = all.distinctElements()
        if unique.count > 1 { unique.sort { ($0.iri ?? "", $0.label.best() ?? "") < ($1.iri ?? "", $1.label.best() ?? "") } }
        if unique.count > 1 {
            ctx.notes.add(.multipleValues, P.format, unique.map { $0.iri ?? $0.label.best() ?? "" }.joined(separator: " | "),
                          unique[0].iri, "more than one format; kept the first")
        }
        return unique.first
    }

    /// IANA media types as IRIs (`text/csv` -> `https://www.iana.org/assignments/media-types/text/csv`).
    func mediaType(_ terms: [Term], _ property: String, _ ctx: RecordContext) -> String? {
        var found: [String] = []
        for t in terms {
            switch t {
            case .iri(let i):
                found.append(ctx.repairIRI(i.value, property))
            case .literal(let l):
                let text = ctx.trimmed(l.lexical)
                if let type = MediaTypes.type(of: text) {
                    let iri = MediaTypes.iri(for: type)
                    ctx.notes.add(.literalAsIRI, property, text, iri, "media type written as an IANA IRI")
                    found.append(iri)
                } else if !text.isEmpty {
                    ctx.notes.add(.unknownValue, property, text, nil, "not a media type")
                }
            case .blank:
                let v = ctx.view(t)
                if let text = (v.values(RDFVocab.value.value) + v.values(P.label)).compactMap({ $0.literal?.lexical }).first,
                   let type = MediaTypes.type(of: text) {
                    found.append(MediaTypes.iri(for: type))
                }
            }
        }
        found = found.distinctElements().sortedIfNeeded()
        if found.count > 1 {
            ctx.notes.add(.multipleValues, property, found.joined(separator: " | "), found[0], "more than one value; kept the first")
        }
        return found.first
    }

    // MARK: data services

    func mapService(_ term: Term, catalog: Term?) -> DataService {
        let ctx = RecordContext(session: self)
        let id = graph.id(of: term)
        let statements = id.map(collect) ?? []
        let subgraph = Subgraph.canonical(statements, session: self)
        let v = ctx.recordView(id: id)
        let identifiers = ctx.plainStrings(v.values(P.identifier), P.identifier)
        var s: DataService
        if let iri = term.iri?.value { s = DataService(iri: iri) } else {
            s = DataService(iri: skolem(for: term, identifier: identifiers.first, subgraph: subgraph))
            s.isSkolemized = true
        }
        recordIRIs[term] = s.iri
        s.subgraph = subgraph
        s.types = v.types.distinctElements().sortedIfNeeded()
        s.identifiers = identifiers
        s.otherIdentifiers = ctx.identifiers(v.values(P.admsIdentifier), P.admsIdentifier)
        s.title = ctx.text(v.values(P.title), P.title)
        s.description = ctx.text(v.values(P.description), P.description)
        s.keywords = ctx.text(v.values(P.keyword), P.keyword)
        s.themes = themes(v.values(P.theme), ctx)
        s.endpointURLs = ctx.iris(v.values(P.endpointURL), P.endpointURL)
        s.endpointDescriptions = ctx.iris(v.values(P.endpointDescription), P.endpointDescription)
        s.servesDatasets = v.values(P.servesDataset).compactMap { recordIRIs[$0] ?? ctx.iri($0, P.servesDataset) }.sorted()
        s.publisher = ctx.singleAgent(v.values(P.publisher), P.publisher)
        s.creators = ctx.agents(v.values(P.creator), P.creator)
        s.contactPoints = ctx.contactPoints(v.values(P.contactPoint), P.contactPoint)
        s.accessRights = ctx.singleAccessRights(v.values(P.accessRights), P.accessRights)
        s.license = ctx.singleLicense(v.values(P.license), P.license)
        s.rights = ctx.rightsList(v.values(P.rights), P.rights)
        s.languages = ctx.languages(v.values(P.language), P.language)
        s.formats = ctx.concepts(v.values(P.format), P.format, Vocabularies.fileTypes)
        s.conformsTo = ctx.references(v.values(P.conformsTo), P.conformsTo)
        s.pages = ctx.references(v.values(P.foafPage), P.foafPage)
        s.landingPages = ctx.iris(v.values(P.landingPage), P.landingPage)
        s.hvdCategories = ctx.conceptIRIs(v.values(P.hvdCategory), P.hvdCategory, Vocabularies.hvdCategories)
        s.applicableLegislation = ctx.iris(v.values(P.applicableLegislation), P.applicableLegislation)
        s.spatial = ctx.locations(v.values(P.spatial), P.spatial)
        s.issued = ctx.date(v.values(P.issued), P.issued)
        s.modified = ctx.date(v.values(P.modified), P.modified)
        s.catalog = catalog.map { recordIRIs[$0] ?? $0.iri?.value ?? "" }
        let record = catalogRecord(for: term, id: id, ctx: ctx)
        s.profile = ProfileDetector.report(claims: claims(record: record, catalog: catalog),
                                           signals: ProfileDetector.signals(statements, session: self))
        s.unmappedPredicates = v.unread
        s.notes = ctx.notes.notes
        return s
    }

    // MARK: catalogs

    func mapCatalog(_ term: Term, dangling: [Term]) -> Catalog {
        let ctx = RecordContext(session: self)
        for d in dangling {
            ctx.notes.add(.missingLink, P.dataset, d.description, nil, "dcat:dataset points at a node with no statements; skipped")
        }
        let v = ctx.view(term)
        var c = Catalog(iri: recordIRIs[term] ?? catalogIRI(term))
        c.isSkolemized = term.isBlank
        c.title = ctx.text(v.values(P.title), P.title)
        c.description = ctx.text(v.values(P.description), P.description)
        c.publisher = ctx.singleAgent(v.values(P.publisher), P.publisher)
        c.creators = ctx.agents(v.values(P.creator), P.creator)
        c.contactPoints = ctx.contactPoints(v.values(P.contactPoint), P.contactPoint)
        c.homepage = ctx.firstIRI(v.values(P.homepage), P.homepage)
        c.languages = ctx.languages(v.values(P.language), P.language)
        c.license = ctx.singleLicense(v.values(P.license), P.license)
        c.rights = ctx.rightsList(v.values(P.rights), P.rights)
        c.issued = ctx.date(v.values(P.issued), P.issued)
        c.modified = ctx.date(v.values(P.modified), P.modified)
        c.themeTaxonomies = ctx.iris(v.values(P.themeTaxonomy), P.themeTaxonomy)
        c.spatial = ctx.locations(v.values(P.spatial), P.spatial)
        c.temporal = ctx.periods(v.values(P.temporal), P.temporal)
        c.applicableLegislation = ctx.iris(v.values(P.applicableLegislation), P.applicableLegislation)
        c.conformsTo = ctx.references(v.values(P.conformsTo), P.conformsTo)
        // Links can number 100k: no per-value work beyond naming them. An IRI names itself; only a blank
        // node's (skolem) IRI is looked up.
        func links(_ p: String) -> [String] {
            let all = v.values(p).compactMap { $0.iri?.value ?? recordIRIs[$0] }
            return all.sortedDistinct()
        }
        c.datasets = links(P.dataset)
        c.services = links(P.service)
        c.catalogs = links(P.catalog)
        c.hasParts = links(P.hasPart)
        c.records = v.values(P.record).compactMap { $0.iri?.value }.sorted()
        let own = graph.id(of: term).map { id in graph.outgoing(id).map { IDStatement(s: id, p: $0.p, o: $0.o) } } ?? []
        c.profile = ProfileDetector.report(claims: c.conformsTo.compactMap(\.iri), signals: ProfileDetector.signals(own, session: self))
        c.notes = ctx.notes.notes
        return c
    }
}
