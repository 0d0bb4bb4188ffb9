import Foundation
import RDF

/// The supporting classes: agents, contact points, licences, rights, places, periods, checksums.
extension RecordContext {
    // MARK: agents

    func agent(_ t: Term, _ property: String) -> Agent? {
        switch t {
        case .literal(let l):
            let name = trimmed(l.lexical)
            guard !name.isEmpty else { return nil }
            if looksLikeIRI(name) {
                notes.add(.literalAsIRI, property, name, nil, "a literal where an IRI was expected; read as IRI")
                return agent(.iri(IRI(repairIRI(name, property))), property)
            }
            notes.add(.textMapped, property, name, nil, "an agent given as text; kept as its name")
            return Agent(names: LocalizedText([LocalizedString(name, language: l.language)]))
        case .iri:
            return shared(t, session.sharedValues.agents, property) { agentNode(t, property) }
        case .blank:
            return agentNode(t, property)
        }
    }

    /// An agent given as a node (IRI or blank), with the names and addresses it has statements for.
    private func agentNode(_ t: Term, _ property: String) -> Agent {
        var a = Agent(iri: t.iri.map { repairIRI($0.value, property) })
        guard t.isBlank || hasStatements(t) else { return a }
        let v = view(t)
        var names: [LocalizedString] = []
        for p in [P.foafName, P.fn, P.organizationName, P.prefLabel, P.label, P.title] {
            for case .literal(let l) in v.values(p) {
                let s = trimmed(l.lexical)
                if !s.isEmpty { names.append(LocalizedString(s, language: l.language)) }
            }
        }
        a.names = sortedText(names, P.foafName)
        a.type = firstIRI(v.values(P.dctType), P.dctType)
        a.emails = emails(v.values(P.mbox) + v.values(P.hasEmail), P.mbox)
        a.homepages = iris(v.values(P.homepage), P.homepage)
        a.types = v.types.distinctElements().sortedIfNeeded()
        return a
    }

    func agents(_ terms: [Term], _ property: String) -> [Agent] {
        uniqueSorted(terms.compactMap { agent($0, property) }, property) { ($0.iri ?? "") + "\u{1}" + ($0.names.best() ?? "") }
    }

    func singleAgent(_ terms: [Term], _ property: String) -> Agent? {
        let all = agents(terms, property)
        if all.count > 1 {
            notes.add(.multipleValues, property, all.map { $0.iri ?? $0.names.best() ?? "?" }.joined(separator: " | "),
                      all[0].iri ?? all[0].names.best(), "more than one value; kept the first")
        }
        return all.first
    }

    // MARK: contact points

    func contactPoint(_ t: Term, _ property: String) -> ContactPoint? {
        switch t {
        case .literal(let l):
            let s = trimmed(l.lexical)
            guard !s.isEmpty else { return nil }
            var c = ContactPoint()
            if FastText.containsByte(s, 0x40) && !FastText.containsByte(s, 0x20) { c.emails = emails([t], property) }
            else if looksLikeIRI(s) { c.urls = [repairIRI(s, property)] }
            else { c.names = LocalizedText([LocalizedString(s, language: l.language)]) }
            notes.add(.textMapped, property, s, nil, "a contact point given as text")
            return c
        case .iri, .blank:
            var c = ContactPoint(iri: t.iri?.value)
            if let i = t.iri?.value, FastText.hasPrefixIgnoringCase(i, "mailto:") {
                c.emails = emails([t], property)
                return c
            }
            guard t.isBlank || hasStatements(t) else { return c }
            let v = view(t)
            if v.isA(C.individual) { c.kind = .individual }
            else if v.isA(C.organization) { c.kind = .organization }
            else if v.isA(C.group) { c.kind = .group }
            else if v.isA(C.vLocation) { c.kind = .location }
            c.names = text(v.values(P.fn), P.fn)
            c.organizationNames = text(v.values(P.organizationName), P.organizationName)
            c.titles = text(v.values(P.vcardTitle), P.vcardTitle)
            c.emails = emails(v.values(P.hasEmail), P.hasEmail)
            c.telephones = telephones(v.values(P.hasTelephone), P.hasTelephone)
            c.urls = iris(v.values(P.hasURL), P.hasURL)
            c.addresses = addresses(v.values(P.hasAddress))
            return c
        }
    }

    func contactPoints(_ terms: [Term], _ property: String) -> [ContactPoint] {
        uniqueSorted(terms.compactMap { contactPoint($0, property) }, property) {
            ($0.iri ?? "") + "\u{1}" + ($0.names.best() ?? "") + "\u{1}" + $0.emails.joined()
        }
    }

    /// E-mail addresses as `mailto:` IRIs, whether given as IRIs, literals, or vcard:hasValue nodes.
    func emails(_ terms: [Term], _ property: String) -> [String] {
        var out = StringSet()
        for t in terms {
            var raw: String
            switch t {
            case .iri(let i): raw = i.value
            case .literal(let l): raw = trimmed(l.lexical)
            case .blank:
                let v = view(t)
                guard let inner = v.first(P.hasValue) ?? v.first(P.hasEmail) else { continue }
                out.formUnion(emails([inner], property))
                continue
            }
            guard !raw.isEmpty else { continue }
            // Nearly every value is already a plain `mailto:` IRI, which the steps below leave as it is.
            if t.isIRI && FastText.hasBytePrefix(raw, "mailto:") && !FastText.containsByte(raw, 0x20)
                && !FastText.containsByte(raw, UInt8(ascii: "/")) {
                out.insert(raw)
                continue
            }
            var address = raw
            if FastText.hasPrefixIgnoringCase(address, "mailto:") {
                address = String(address[address.utf8.index(address.startIndex, offsetBy: 7)...])
            }
            if FastText.containsByte(address, 0x20) { address = address.trimmingCharacters(in: .whitespaces) }
            // An address a reader resolved against the document base (`http://host/info@x.nl`).
            // On UTF-8: a Character search runs grapheme breaking over the whole address.
            if let slash = address.utf8.lastIndex(of: UInt8(ascii: "/")),
               address.utf8[address.utf8.index(after: slash)...].contains(UInt8(ascii: "@")) {
                address = String(address[address.utf8.index(after: slash)...])
            }
            let normalized = "mailto:" + address
            if normalized != raw || !t.isIRI {
                notes.add(.emailNormalized, property, raw, normalized, "e-mail address written as a mailto: IRI")
            }
            out.insert(normalized)
        }
        return out.sorted()
    }

    func telephones(_ terms: [Term], _ property: String) -> [String] {
        var out = StringSet()
        for t in terms {
            switch t {
            case .iri(let i): out.insert(i.value)
            case .literal(let l): let s = trimmed(l.lexical); if !s.isEmpty { out.insert(s) }
            case .blank:
                let v = view(t)
                out.formUnion(telephones(v.values(P.hasValue), property))
            }
        }
        return out.sorted()
    }

    func addresses(_ terms: [Term]) -> [String] {
        var out = StringSet()
        for t in terms {
            switch t {
            case .literal(let l): let s = trimmed(l.lexical); if !s.isEmpty { out.insert(s) }
            case .iri(let i): out.insert(i.value)
            case .blank:
                let v = view(t)
                let parts = P.addressParts.compactMap { v.values($0).compactMap { $0.literal?.lexical }.first }
                if !parts.isEmpty { out.insert(parts.joined(separator: ", ")) }
            }
        }
        return out.sorted()
    }

    // MARK: licences and rights

    func license(_ t: Term, _ property: String) -> LicenseDocument? {
        switch t {
        case .iri(let i):
            return shared(t, session.sharedValues.licences, property) { licenseDocument(iri: i.value, label: labels(of: t), property) }
        case .literal(let l):
            let s = trimmed(l.lexical)
            guard !s.isEmpty else { return nil }
            if looksLikeIRI(s) {
                notes.add(.literalAsIRI, property, s, nil, "a licence URL given as text; read as IRI")
                return licenseDocument(iri: s, label: LocalizedText(), property)
            }
            if let iri = Licences.iri(forText: s) {
                notes.add(.textMapped, property, s, iri, "licence name mapped to its IRI")
                return licenseDocument(iri: iri, label: labels(of: .iri(IRI(iri))), property)
            }
            notes.add(.unknownValue, property, s, nil, "licence given as text that matches no known licence")
            return LicenseDocument(label: LocalizedText([LocalizedString(s, language: l.language)]))
        case .blank:
            let v = view(t)
            var doc = LicenseDocument(label: labels(of: t))
            doc.type = firstIRI(v.values(P.dctType), P.dctType)
            if let same = v.values(P.owlSameAs).first?.iri?.value ?? v.values(P.identifier).first?.literal?.lexical,
               looksLikeIRI(same) {
                let d = licenseDocument(iri: same, label: doc.label, property)
                doc.iri = d.iri; doc.euCode = d.euCode
            }
            return doc
        }
    }

    func licenseDocument(iri raw: String, label: LocalizedText, _ property: String) -> LicenseDocument {
        var iri = repairIRI(raw, property)
        // Wildcard versions (`publicdomain/zero/*/deed.nl`) seen in DONL sync mappings.
        if FastText.contains(iri, "/*/") {
            let fixed = iri.replacingOccurrences(of: "/*/", with: iri.contains("/publicdomain/") ? "/1.0/" : "/4.0/")
            notes.add(.iriRepaired, property, iri, fixed, "wildcard licence version replaced by the current version")
            iri = fixed
        }
        if let fixed = Vocabularies.licences.repair(iri) {
            notes.add(VocabularyMatch.schemeOnly(iri, fixed) ? .iriRepaired : .vocabularyTypo, property, iri, fixed,
                      "IRI corrected to the licence vocabulary")
            iri = fixed
        }
        var doc = LicenseDocument(iri: iri, label: label)
        doc.euCode = session.licenceInfo(iri)?.euCode
        if hasStatements(.iri(IRI(iri))) {
            let v = view(.iri(IRI(iri)))
            doc.type = firstIRI(v.values(P.dctType), P.dctType)
        }
        return doc
    }

    func singleLicense(_ terms: [Term], _ property: String) -> LicenseDocument? {
        var all = terms.compactMap { license($0, property) }.distinctElements()
        if all.count > 1 { all.sort { ($0.iri ?? "", $0.label.best() ?? "") < ($1.iri ?? "", $1.label.best() ?? "") } }
        if all.count > 1 {
            notes.add(.multipleValues, property, all.map { $0.iri ?? $0.label.best() ?? "?" }.joined(separator: " | "),
                      all[0].iri, "more than one licence; kept the first")
        }
        return all.first
    }

    /// Access rights: EU access-right IRIs (typos repaired), DONL terms and free text mapped to them.
    func accessRights(_ t: Term, _ property: String) -> RightsStatement? {
        switch t {
        case .iri(let i):
            return shared(t, session.sharedValues.accessRights, property) { accessRights(iri: i, property) }
        case .literal(let l):
            let s = trimmed(l.lexical)
            if let code = DONLVocabularies.accessRightText[s.lowercased()] {
                let eu = Vocabularies.accessRights.iri(code)
                notes.add(.textMapped, property, s, eu, "access right text mapped to the EU access-right vocabulary")
                return RightsStatement(iri: eu, label: labels(of: .iri(IRI(eu))))
            }
            guard let c = concept(t, property, Vocabularies.accessRights) else { return nil }
            return RightsStatement(iri: c.iri, label: c.label)
        case .blank:
            return rights(t, property)
        }
    }

    /// `accessRights(_:_:)` of an IRI value, a function of the IRI alone (so `shared` may remember it).
    private func accessRights(iri i: IRI, _ property: String) -> RightsStatement? {
        let t = Term.iri(i)
        let v = repairIRI(i.value, property)
        if let local = DONLVocabularies.accessRightPrefix.local(v),
           let code = DONLVocabularies.accessRights[local] {
            let eu = Vocabularies.accessRights.iri(code)
            notes.add(.textMapped, property, v, eu, "DONL access right mapped to the EU access-right vocabulary")
            return RightsStatement(iri: eu, label: labels(of: t))
        }
        guard let c = concept(.iri(IRI(v)), property, Vocabularies.accessRights) else { return nil }
        return RightsStatement(iri: c.iri, label: c.label)
    }

    func singleAccessRights(_ terms: [Term], _ property: String) -> RightsStatement? {
        var all = terms.compactMap { accessRights($0, property) }.distinctElements()
        if all.count > 1 { all.sort { ($0.iri ?? "", $0.label.best() ?? "") < ($1.iri ?? "", $1.label.best() ?? "") } }
        if all.count > 1 {
            notes.add(.multipleValues, property, all.map { $0.iri ?? $0.label.best() ?? "?" }.joined(separator: " | "),
                      all[0].iri, "more than one value; kept the first")
        }
        return all.first
    }

    func rights(_ t: Term, _ property: String) -> RightsStatement? {
        switch t {
        case .iri(let i): return RightsStatement(iri: repairIRI(i.value, property), label: labels(of: t))
        case .literal(let l):
            let s = trimmed(l.lexical)
            return s.isEmpty ? nil : RightsStatement(label: LocalizedText([LocalizedString(s, language: l.language)]))
        case .blank:
            let v = view(t)
            var values = labels(of: t).values
            values += text(v.values(P.description), P.description).values
            return RightsStatement(label: sortedText(values, property))
        }
    }

    func rightsList(_ terms: [Term], _ property: String) -> [RightsStatement] {
        uniqueSorted(terms.compactMap { rights($0, property) }, property) { ($0.iri ?? "") + "\u{1}" + ($0.label.best() ?? "") }
    }

    // MARK: places and periods

    func location(_ t: Term, _ property: String) -> Location? {
        switch t {
        case .literal(let l):
            let s = trimmed(l.lexical)
            guard !s.isEmpty else { return nil }
            if looksLikeIRI(s) { return Location(iri: repairIRI(s, property)) }
            if l.datatype.value.hasPrefix(DCATNS.gsp) {
                return Location(geometry: Location.Geometry(value: s, datatype: l.datatype.value))
            }
            return Location(label: LocalizedText([LocalizedString(s, language: l.language)]))
        case .iri, .blank:
            var loc = Location(iri: t.iri.map { repairIRI($0.value, property) })
            guard t.isBlank || hasStatements(t) else { return loc }
            let v = view(t)
            loc.label = labels(of: t)
            loc.bbox = geometry(v.values(P.bbox))
            loc.centroid = geometry(v.values(P.centroid))
            loc.geometry = geometry(v.values(P.geometry))
            return loc
        }
    }

    func geometry(_ terms: [Term]) -> Location.Geometry? {
        let all = terms.compactMap { t -> Location.Geometry? in
            guard case .literal(let l) = t else { return nil }
            return Location.Geometry(value: l.lexical, datatype: l.datatype == XSD.string ? nil : l.datatype.value)
        }.sorted { ($0.datatype ?? "", $0.value) < ($1.datatype ?? "", $1.value) }
        return all.first
    }

    func locations(_ terms: [Term], _ property: String) -> [Location] {
        uniqueSorted(terms.compactMap { location($0, property) }, property) {
            ($0.iri ?? "") + "\u{1}" + ($0.label.best() ?? "") + ($0.bbox?.value ?? "") + ($0.geometry?.value ?? "")
        }
    }

    func period(_ t: Term, _ property: String) -> PeriodOfTime? {
        switch t {
        case .literal(let l):
            let s = trimmed(l.lexical)
            guard !s.isEmpty else { return nil }
            notes.add(.textMapped, property, s, nil, "a period given as text; kept as its label")
            return PeriodOfTime(label: LocalizedText([LocalizedString(s, language: l.language)]))
        case .iri, .blank:
            var p = PeriodOfTime(iri: t.iri?.value)
            guard t.isBlank || hasStatements(t) else { return p }
            let v = view(t)
            p.start = date(v.values(P.startDate) + v.values(P.schemaStartDate), P.startDate)
                ?? instant(v.values(P.hasBeginning), P.hasBeginning)
            p.end = date(v.values(P.endDate) + v.values(P.schemaEndDate), P.endDate)
                ?? instant(v.values(P.hasEnd), P.hasEnd)
            if v.has(P.schemaStartDate) || v.has(P.schemaEndDate) {
                notes.add(.legacyPredicate, P.startDate, "schema:startDate/schema:endDate", "dcat:startDate/dcat:endDate",
                          "DCAT-AP 1.x / DONL 1.1 period read as a DCAT 2 period")
            }
            p.label = labels(of: t)
            return p
        }
    }

    func instant(_ terms: [Term], _ property: String) -> DateValue? {
        for t in terms {
            if case .literal = t { return date([t], property) }
            let v = view(t)
            if let d = date(v.values(P.inXSDDate) + v.values(P.inXSDDateTimeStamp) + v.values(P.inXSDDateTime)
                            + v.values(P.inXSDgYear), property) { return d }
        }
        return nil
    }

    func periods(_ terms: [Term], _ property: String) -> [PeriodOfTime] {
        uniqueSorted(terms.compactMap { period($0, property) }, property) {
            ($0.iri ?? "") + "\u{1}" + ($0.start?.value ?? "") + "\u{1}" + ($0.end?.value ?? "") + ($0.label.best() ?? "")
        }
    }

    // MARK: small nodes

    func checksum(_ terms: [Term], _ property: String) -> Checksum? {
        for t in terms where !t.isLiteral {
            let v = view(t)
            guard let value = v.values(P.checksumValue).compactMap({ $0.literal?.lexical }).first else { continue }
            let algorithm: String
            switch v.first(P.algorithm) {
            case .iri(let i)?: algorithm = i.value
            case .literal(let l)?:
                let name = trimmed(l.lexical).lowercased().replacingOccurrences(of: "-", with: "")
                let known = ["sha1", "sha224", "sha256", "sha384", "sha512", "md2", "md4", "md5", "md6"]
                if known.contains(name) {
                    algorithm = NS.spdx.iri + "checksumAlgorithm_" + name
                    notes.add(.textMapped, P.algorithm, l.lexical, algorithm, "checksum algorithm name mapped to its SPDX IRI")
                } else {
                    algorithm = l.lexical
                    notes.add(.unknownValue, P.algorithm, l.lexical, nil, "unknown checksum algorithm")
                }
            default: algorithm = ""
            }
            return Checksum(algorithm: algorithm, value: trimmed(value))
        }
        return nil
    }

    func identifiers(_ terms: [Term], _ property: String) -> [Identifier] {
        uniqueSorted(terms.compactMap { t -> Identifier? in
            switch t {
            case .literal(let l):
                let s = trimmed(l.lexical)
                return s.isEmpty ? nil : Identifier(notation: s)
            case .iri, .blank:
                guard t.isBlank || hasStatements(t) else { return t.iri.map { Identifier(iri: $0.value, notation: $0.value) } }
                let v = view(t)
                guard case .literal(let l)? = v.first(P.notation) ?? v.first(P.identifier) ?? v.first(P.label) else {
                    return t.iri.map { Identifier(iri: $0.value, notation: $0.value) }
                }
                return Identifier(iri: t.iri?.value, notation: l.lexical, scheme: l.datatype == XSD.string ? nil : l.datatype.value)
            }
        }, property) { ($0.iri ?? "") + "\u{1}" + $0.notation }
    }

    func relationships(_ terms: [Term]) -> [Relationship] {
        uniqueSorted(terms.compactMap { t -> Relationship? in
            guard !t.isLiteral else { return nil }
            let v = view(t)
            return Relationship(relations: iris(v.values(P.relation), P.relation), roles: iris(v.values(P.hadRole), P.hadRole))
        }, P.qualifiedRelation) { $0.relations.joined() + "\u{1}" + $0.roles.joined() }
    }

    func legalFoundation(_ view: NodeView) -> LegalFoundation? {
        if let t = view.first(P.grondslag), !t.isLiteral {
            let v = self.view(t)
            return LegalFoundation(reference: firstString(v.values(P.juriconnect), P.juriconnect),
                                   label: firstString(v.values(P.linktekst), P.linktekst),
                                   uri: firstString(v.values(P.foafPage), P.foafPage))
        }
        if let t = view.first(P.legalBases), !t.isLiteral {
            let v = self.view(t)
            return LegalFoundation(reference: firstString(v.values(P.juriconnectCode), P.juriconnectCode),
                                   label: firstString(v.values(P.juriconnectName), P.juriconnectName),
                                   uri: firstString(v.values(P.juriconnectDomain), P.juriconnectDomain))
        }
        return nil
    }

    /// EU status concept from adms:status (EU NAL, ADMS statuses, DONL dataset statuses).
    func status(_ terms: [Term], _ property: String, _ vocabulary: ControlledVocabulary) -> String? {
        var found: [String] = []
        for t in terms {
            if case .iri(let i) = t {
                if let code = DONLVocabularies.datasetStatus[i.value] ?? DONLVocabularies.admsStatus[i.value] {
                    let eu = vocabulary.iri(code)
                    notes.add(.textMapped, property, i.value, eu, "status mapped to the \(vocabulary.name) vocabulary")
                    found.append(eu)
                    continue
                }
            }
            if let c = concept(t, property, vocabulary), let iri = c.iri { found.append(iri) }
        }
        found = found.distinctElements().sortedIfNeeded()
        if found.count > 1 { notes.add(.multipleValues, property, found.joined(separator: " | "), found[0], "more than one value; kept the first") }
        return found.first
    }
}
