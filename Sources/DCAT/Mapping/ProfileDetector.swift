import RDF

/// Decides which profile a record's statements look like, and reads the profile a record claims.
enum ProfileDetector {
    struct Signals {
        var donlLegacy = false
        var donl11 = false
        var dcat3 = false
        var dcat2 = false
        var dcatAP1 = false
        var hvd = false
        var geo = false
        var national = false
        var dutch = false
        var dcat = false
        var owmsTheme = false
        var euTheme = false
        var creator = false
    }

    static let dcat3Terms: Set<String> = [
        P.applicableLegislation, P.hvdCategory, P.inSeries, C.series, P.version, NS.dcat.iri + "hasVersion",
        NS.dcat.iri + "first", NS.dcat.iri + "last", NS.dcat.iri + "prev", NS.dcat.iri + "isVersionOf",
    ]
    static let dcat2Terms: Set<String> = [
        C.dataService, P.accessService, P.startDate, P.endDate, P.bbox, P.centroid, P.spatialResolution,
        P.temporalResolution, P.availability, P.endpointURL, P.endpointDescription, P.servesDataset,
        P.qualifiedRelation, P.compressFormat, P.packageFormat, NS.dcat.iri + "Relationship",
    ]
    static let donl11Terms: Set<String> = [
        P.authority, P.grondslag, P.highValue, P.basisRegister, P.referentieData, P.nationalCoverage,
    ]

    static func signals(_ triples: [Triple]) -> Signals {
        var s = Signals()
        for t in triples {
            let p = t.predicate.value
            check(p, &s)
            if p == P.creator { s.creator = true }
            if t.predicate == RDFVocab.type, case .iri(let c) = t.object { check(c.value, &s) }
            switch t.object {
            case .literal(let l):
                if let lang = l.language, lang == "nl" || lang.hasPrefix("nl-") { s.dutch = true }
            case .iri(let i):
                let v = i.value
                if v.hasPrefix("http://data.overheid.nl/status/") { s.donl11 = true }
                if t.predicate.value == P.theme {
                    if DONLThemes.isTheme(v) { s.owmsTheme = true }
                    if Vocabularies.dataThemes.owns(v) { s.euTheme = true }
                }
                if v.hasPrefix("https://identifier.overheid.nl/tooi/") || v.contains(".overheid.nl/")
                    || v.hasSuffix("/language/NLD") { s.dutch = true }
                if v == Vocabularies.hvdLegislation || v.hasPrefix("http://data.europa.eu/bna/c_") { s.hvd = true }
            case .blank: break
            }
        }
        return s
    }

    static func check(_ iri: String, _ s: inout Signals) {
        if iri.hasPrefix(DCATNS.donl) || (iri.hasPrefix(DCATNS.vcardLegacy) && !iri.hasPrefix(NS.vcard.iri)) {
            s.donlLegacy = true
        }
        if donl11Terms.contains(iri) { s.donl11 = true }
        if dcat3Terms.contains(iri) { s.dcat3 = true }
        if dcat2Terms.contains(iri) { s.dcat2 = true }
        if iri.hasPrefix(NS.dcat.iri) || iri.hasPrefix(DCATNS.dcatHTTPS) { s.dcat = true }
        if iri.hasPrefix(NS.adms.iri) || iri == NS.owl.iri + "versionInfo" || iri == P.contactPoint { s.dcatAP1 = true }
        if iri.hasPrefix("http://data.europa.eu/930/") { s.geo = true }
        if iri.hasPrefix("http://dcat-ap.de/def/dcatde/") || iri.hasPrefix("http://dcat-ap.ch/")
            || iri.hasPrefix("https://data.norge.no/") || iri.contains("dcat-ap-se") { s.national = true }
    }

    static func detect(_ s: Signals) -> Profile {
        if s.donlLegacy { return .donlLegacyExport }
        // OWMS themes alone mark DONL 1.1; next to an EU data theme they are NL 3.0's optional domain themes.
        if s.donl11 || (s.owmsTheme && !s.euTheme) { return .dcatAPDONL11 }
        // dct:creator is mandatory in NL 3.0 and absent from the DCAT-AP 1.x profiles.
        if s.dutch && (s.dcat3 || s.dcat2 || s.hvd || s.creator) { return .dcatAPNL30 }
        if s.geo { return .geoDCATAP }
        if s.national { return .dcatAPNational }
        if s.hvd { return .dcatAPHVD }
        if s.dcat3 { return .dcatAP3 }
        if s.dcat2 { return .dcatAP2 }
        if s.dcatAP1 { return .dcatAP1 }
        return s.dcat ? .dcat : .unknown
    }

    /// The profile an IRI in `dct:conformsTo` names, if it names one.
    static func classify(_ iri: String) -> Profile? {
        let v = iri.lowercased()
        if v.contains("dcat-ap-donl") || v.contains("dcat.overheid.nl/application-profile") { return .dcatAPDONL11 }
        if v.contains("dcat-ap-nl") || v.contains("dcat_ap_nl") || v.contains("dcat-ap_nl") {
            if v.contains("1.1") || v.contains("nl11") || v.contains("/1") && !v.contains("/3") { return .dcatAPNL11 }
            return .dcatAPNL30
        }
        if v.contains("geodcat") { return .geoDCATAP }
        if v.contains("hvd") { return .dcatAPHVD }
        if v.contains("dcat-ap.de") || v.contains("dcatde") || v.contains("dcat-ap-ch") || v.contains("dcat-ap-se")
            || v.contains("dcat-ap-no") || v.contains("dcat-ap-it") { return .dcatAPNational }
        if v.contains("project-open-data") || v.contains("dcat-us") { return .dcatUS }
        if v.contains("dcat-ap") || v.contains("dcat_ap") || v.contains("data.europa.eu/r5r") {
            if v.contains("3.0") || v.contains("/3") || v.contains("_3") { return .dcatAP3 }
            if v.contains("2.") || v.contains("/2") || v.contains("_2") { return .dcatAP2 }
            return .dcatAP1
        }
        return nil
    }

    static func report(claims: [String], signals: Signals) -> ProfileReport {
        let sortedClaims = Array(Set(claims)).sorted()
        var claimed: [Profile] = []
        for c in sortedClaims { if let p = classify(c), !claimed.contains(p) { claimed.append(p) } }
        return ProfileReport(claimedIRIs: sortedClaims, claimed: claimed, detected: detect(signals))
    }
}
