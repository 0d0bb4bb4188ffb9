#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RDF

/// Decides which profile a record's statements look like, and reads the profile a record claims.
enum ProfileDetector {
    struct Signals: OptionSet, Hashable {
        let rawValue: UInt16
        static let donlLegacy = Signals(rawValue: 1 << 0)
        static let donl11 = Signals(rawValue: 1 << 1)
        static let dcat3 = Signals(rawValue: 1 << 2)
        static let dcat2 = Signals(rawValue: 1 << 3)
        static let dcatAP1 = Signals(rawValue: 1 << 4)
        static let hvd = Signals(rawValue: 1 << 5)
        static let geo = Signals(rawValue: 1 << 6)
        static let national = Signals(rawValue: 1 << 7)
        static let dutch = Signals(rawValue: 1 << 8)
        static let dcat = Signals(rawValue: 1 << 9)
        static let owmsTheme = Signals(rawValue: 1 << 10)
        static let euTheme = Signals(rawValue: 1 << 11)
        static let creator = Signals(rawValue: 1 << 12)
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
    static let donl11Terms: Set<String> = [P.authority, P.grondslag, P.highValue, P.basisRegister, P.referentieData, P.nationalCoverage]

    /// The signals a record's statements give: predicate, class and shared-IRI answers come from the
    /// session's caches.
    static func signals(_ statements: [IDStatement], session: MappingSession) -> Signals {
        var s: Signals = []
        let index = session.index
        // Terms are read only where a string is needed (a literal's language, an IRI met for the first
        // time): copying every object out of the graph was a third of this loop.
        for st in statements {
            s.formUnion(session.signals(of: st.p))
            if session.graph.isLiteral(st.o) {
                if let lang = session.graph.language(of: st.o), lang == "nl" || lang.hasPrefix("nl-") { s.insert(.dutch) }
            } else if session.graph.isBlank(st.o) {
                if st.p == index.creator { s.insert(.creator) }
            } else {
                if st.p == index.type { s.formUnion(session.signals(of: st.o)) }
                let own = session.objectSignals(st.o)
                s.formUnion(own.any)
                if st.p == index.theme { s.formUnion(own.asTheme) } else if st.p == index.creator { s.insert(.creator) }
            }
        }
        return s
    }

    /// What an IRI object signals whatever the predicate (`any`), and what it adds as a dcat:theme value.
    static func objectSignals(_ v: String) -> (any: Signals, asTheme: Signals) {
        guard mayGiveSignals(v) else { return ([], []) }
        var s: Signals = []
        if v.hasPrefix("http://data.overheid.nl/status/") { s.insert(.donl11) }
        if v.hasPrefix("https://identifier.overheid.nl/tooi/") || FastText.contains(v, ".overheid.nl/")
            || v.hasSuffix("/language/NLD") { s.insert(.dutch) }
        if v == Vocabularies.hvdLegislation || v.hasPrefix("http://data.europa.eu/bna/c_") { s.insert(.hvd) }
        var theme: Signals = []
        if DONLThemes.isTheme(v) { theme.insert(.owmsTheme) }
        if Vocabularies.dataThemes.owns(v) { theme.insert(.euTheme) }
        return (s, theme)
    }

    /// Whether `objectSignals` can find anything in `v`: every IRI it tests for lies under a host ending in
    /// `.overheid.nl` or `.europa.eu` (`signalHosts`), or ends in `/language/NLD`. Most IRI objects a
    /// record uses once (landing pages, access and download URLs) have neither, and one scan of their bytes
    /// answers them instead of eight prefix and vocabulary tests (`objectSignals` for 2,000 records:
    /// 25.8M instructions with the tests alone, 10.3M with this first).
    static func mayGiveSignals(_ v: String) -> Bool {
        v.utf8.withContiguousStorageIfAvailable { b in
            guard let base = b.baseAddress else { return false }
            if matches(b, at: b.count - languageNLD.count, languageNLD) { return true }
            // memchr from dot to dot: a byte loop cost ~7 instructions a byte.
            var p = UnsafeRawPointer(base)
            let end = p + b.count
            while p < end, let dot = memchr(p, Int32(UInt8(ascii: ".")), end - p) {
                let i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(dot)) + 1
                if matches(b, at: i, signalHosts.0) || matches(b, at: i, signalHosts.1) { return true }
                p = UnsafeRawPointer(dot) + 1
            }
            return false
        } ?? true  // not stored contiguously (bridged): the tests themselves decide
    }

    /// What follows a dot in every IRI `objectSignals` tests for (the vocabularies' bases included; a test
    /// checks that they do).
    static let signalHosts = (Array("overheid.nl/".utf8), Array("europa.eu/".utf8))
    private static let languageNLD = Array("/language/NLD".utf8)

    @inline(__always)
    private static func matches(_ b: UnsafeBufferPointer<UInt8>, at start: Int, _ word: [UInt8]) -> Bool {
        guard start >= 0, b.count - start >= word.count else { return false }
        for k in word.indices where b[start + k] != word[k] { return false }
        return true
    }

    /// The signals one predicate or class IRI gives by itself.
    static func check(_ iri: String) -> Signals {
        var s: Signals = []
        if iri.hasPrefix(DCATNS.donl) || (iri.hasPrefix(DCATNS.vcardLegacy) && !iri.hasPrefix(NS.vcard.iri)) {
            s.insert(.donlLegacy)
        }
        if donl11Terms.contains(iri) { s.insert(.donl11) }
        if dcat3Terms.contains(iri) { s.insert(.dcat3) }
        if dcat2Terms.contains(iri) { s.insert(.dcat2) }
        if iri.hasPrefix(NS.dcat.iri) || iri.hasPrefix(DCATNS.dcatHTTPS) { s.insert(.dcat) }
        if iri.hasPrefix(NS.adms.iri) || iri == NS.owl.iri + "versionInfo" || iri == P.contactPoint { s.insert(.dcatAP1) }
        if iri.hasPrefix("http://data.europa.eu/930/") { s.insert(.geo) }
        if iri.hasPrefix("http://dcat-ap.de/def/dcatde/") || iri.hasPrefix("http://dcat-ap.ch/")
            || iri.hasPrefix("https://data.norge.no/") || FastText.contains(iri, "dcat-ap-se") { s.insert(.national) }
        return s
    }

    static func detect(_ s: Signals) -> Profile {
        if s.contains(.donlLegacy) { return .donlLegacyExport }
        // OWMS themes alone mark DONL 1.1; next to an EU data theme they are NL 3.0's optional domain themes.
        if s.contains(.donl11) || (s.contains(.owmsTheme) && !s.contains(.euTheme)) { return .dcatAPDONL11 }
        // dct:creator is mandatory in NL 3.0 and absent from the DCAT-AP 1.x profiles.
        if s.contains(.dutch) && !s.isDisjoint(with: [.dcat3, .dcat2, .hvd, .creator]) { return .dcatAPNL30 }
        if s.contains(.geo) { return .geoDCATAP }
        if s.contains(.national) { return .dcatAPNational }
        if s.contains(.hvd) { return .dcatAPHVD }
        if s.contains(.dcat3) { return .dcatAP3 }
        if s.contains(.dcat2) { return .dcatAP2 }
        if s.contains(.dcatAP1) { return .dcatAP1 }
        return s.contains(.dcat) ? .dcat : .unknown
    }

    /// The profile an IRI in `dct:conformsTo` names, if it names one.
    static func classify(_ iri: String) -> Profile? {
        let v = iri.lowercased()
        func has(_ needle: String) -> Bool { FastText.contains(v, needle) }
        if has("dcat-ap-donl") || has("dcat.overheid.nl/application-profile") { return .dcatAPDONL11 }
        if has("dcat-ap-nl") || has("dcat_ap_nl") || has("dcat-ap_nl") {
            if has("1.1") || has("nl11") || (has("/1") && !has("/3")) { return .dcatAPNL11 }
            return .dcatAPNL30
        }
        if has("geodcat") { return .geoDCATAP }
        if has("hvd") { return .dcatAPHVD }
        if has("dcat-ap.de") || has("dcatde") || has("dcat-ap-ch") || has("dcat-ap-se") || has("dcat-ap-no")
            || has("dcat-ap-it") { return .dcatAPNational }
        if has("project-open-data") || has("dcat-us") { return .dcatUS }
        if has("dcat-ap") || has("dcat_ap") || has("data.europa.eu/r5r") {
            if has("3.0") || has("/3") || has("_3") { return .dcatAP3 }
            if has("2.") || has("/2") || has("_2") { return .dcatAP2 }
            return .dcatAP1
        }
        return nil
    }

    static func report(claims: [String], signals: Signals) -> ProfileReport {
        let sortedClaims = claims.distinctElements().sortedIfNeeded()
        var claimed: [Profile] = []
        for c in sortedClaims { if let p = classify(c), !claimed.contains(p) { claimed.append(p) } }
        return ProfileReport(claimedIRIs: sortedClaims, claimed: claimed, detected: detect(signals))
    }
}
